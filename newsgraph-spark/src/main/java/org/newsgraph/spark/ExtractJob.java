package org.newsgraph.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.output.LazyOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.batch.Ingestor;
import org.newsgraph.cli.Main;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import scala.Tuple2;

/**
 * newsgraph's extraction as a Spark job: reads text, HTML, JSON Lines, feeds and WARC from any
 * Hadoop path, runs {@code ingest}'s reading, NLP, extraction and RDF code on the executors, and
 * writes one named graph per article as N-Quads, partitioned, for {@code newsgraph load}.
 *
 * <pre>
 * spark-submit --class org.newsgraph.spark.ExtractJob --jars stanford-corenlp-4.5.10-models.jar \
 *     newsgraph-spark.jar hdfs:///news/2026-12-02/ --out hdfs:///graphs/2026-12-02
 * </pre>
 *
 * <p>Writes {@code OUT/graphs/part-*} (N-Quads; each article's graph whole in one file),
 * {@code OUT/failures/part-*} (JSON Lines, as {@code ingest --report}: input, reason, stage) and
 * {@code OUT/skipped/part-*} (articles left out on purpose: not English). A failed article costs
 * only itself.
 */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true,
    description = "Extract who-said-what graphs from articles on a Spark cluster; one N-Quads graph per article.")
public final class ExtractJob implements Callable<Integer> {
  /** What one run of the job is asked to do. */
  public record Options(List<String> inputs, String out, int partitions, String baseIri, int maxChars,
      boolean englishOnly, Duration articleBudget) implements Serializable {
    /** As {@code ingest --article-timeout}'s default. */
    public static final Duration DEFAULT_ARTICLE_BUDGET = Duration.ofSeconds(600);

    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) throw new IllegalArgumentException("no inputs");
      if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
      if (articleBudget == null || articleBudget.toMillis() <= 0) {
        throw new IllegalArgumentException("the article timeout must be positive, got " + articleBudget);
      }
      new Iris(baseIri);
    }

    public static Options of(List<String> inputs, String out) {
      return new Options(inputs, out, 0, Iris.DEFAULT_BASE, ReaderOptions.DEFAULT_MAX_CHARS, true, DEFAULT_ARTICLE_BUDGET);
    }

    public Options withPartitions(int n) {
      return new Options(inputs, out, n, baseIri, maxChars, englishOnly, articleBudget);
    }

    public Options withArticleBudget(Duration budget) {
      return new Options(inputs, out, partitions, baseIri, maxChars, englishOnly, budget);
    }

    ReaderOptions readerOptions() {
      return new ReaderOptions(maxChars).withEnglishOnly(englishOnly);
    }
  }

  /** What a run did. */
  public record Summary(long files, long articles, long failed, long skipped, long quads, int partitions) {
    @Override
    public String toString() {
      return files + " files: " + articles + " articles, " + quads + " quads, " + failed + " failed, " + skipped
          + " skipped (" + partitions + " partitions)";
    }
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders on any Hadoop file system (globs allowed)")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (must not exist)")
  String out;

  @Option(names = "--partitions", paramLabel = "N",
      description = "partitions of the NLP stage (default: 4 x the cores of the job, so that long articles do not hold up a core)")
  int partitions;

  @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
      description = "base of entity, article and graph IRIs (default: ${DEFAULT-VALUE})")
  String baseIri;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
      description = "reject articles longer than this (default: ${DEFAULT-VALUE})")
  int maxChars;

  @Option(names = "--all-languages", description = "do not skip articles detected as not English")
  boolean allLanguages;

  @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "an article still in the NLP or extraction stage after this long is reported as failed and its task "
          + "goes on, as in ingest (default: ${DEFAULT-VALUE})")
  int articleTimeout;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (local[2], spark://host:7077)")
  String master;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ExtractJob()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter outWriter = spec.commandLine().getOut();
    Options options;
    try {
      if (articleTimeout <= 0) throw new IllegalArgumentException("--article-timeout must be positive, got " + articleTimeout);
      options = new Options(inputs, out, partitions, baseIri, maxChars, !allLanguages, Duration.ofSeconds(articleTimeout));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    SparkConf conf = new SparkConf().setAppName("newsgraph-extract");
    if (master != null) conf.setMaster(master);
    try (JavaSparkContext jsc = new JavaSparkContext(conf)) {
      Summary s = run(jsc, options);
      outWriter.println(s);
      outWriter.flush();
      return s.failed() == 0 ? 0 : 1;
    }
  }

  /** Runs the job on {@code jsc}: lists the inputs on the driver, then reads, extracts and writes on the executors. */
  public static Summary run(JavaSparkContext jsc, Options options) throws IOException {
    org.apache.hadoop.fs.Path outDir = new org.apache.hadoop.fs.Path(options.out());
    FileSystem outFs = outDir.getFileSystem(jsc.hadoopConfiguration());
    if (outFs.exists(outDir)) {
      throw new IllegalArgumentException("the output folder " + options.out() + " exists; name a new one (a job never mixes its output with another's)");
    }
    List<InputFile> files = InputFiles.list(options.inputs(), jsc.hadoopConfiguration());
    int partitions = options.partitions() > 0 ? options.partitions() : 4 * jsc.defaultParallelism();
    Map<String, String> hadoopConf = new HashMap<>();
    jsc.hadoopConfiguration().forEach(e -> hadoopConf.put(e.getKey(), e.getValue()));
    Extraction.Run run = Extraction.Run.of(Ingestor.newRun(Main.version()), options.baseIri(), options.articleBudget());

    // reading: one task per file, as many tasks as partitions at most
    JavaRDD<Item> read = jsc.parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
        .flatMap(f -> Reading.read(f, options.readerOptions(), hadoopConf).iterator());
    // the articles spread by id over `partitions` tasks (Spark would give 84 files 3 partitions), one
    // article per id: the later one, as a later ingest would replace the earlier
    JavaPairRDD<String, Iterable<ArticleRow>> byId = read.filter(i -> i.article() != null)
        .mapToPair(i -> new Tuple2<>(i.article().id(), i.article()))
        .groupByKey(partitions);
    JavaRDD<Item> extracted = byId.flatMap(t -> {
      List<ArticleRow> same = new ArrayList<>();
      t._2().forEach(same::add);
      same.sort((a, b) -> Long.compare(a.order(), b.order()));
      ArticleRow kept = same.get(same.size() - 1);
      List<Item> items = new ArrayList<>();
      for (ArticleRow dropped : same.subList(0, same.size() - 1)) {
        items.add(Item.report(Report.failed(dropped.input(), "another article has the id " + dropped.id() + " ("
            + kept.input() + "); that later one is kept, as a later ingest replaces the earlier", "read")));
      }
      items.add(Extraction.extract(run, kept));
      return items.iterator();
    });
    // both are read more than once (output, then counts): each is computed once
    read.persist(StorageLevel.MEMORY_AND_DISK_SER());
    extracted.persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      String base = options.out().endsWith("/") ? options.out() : options.out() + "/";
      save(extracted.filter(i -> i.nquads() != null).map(Item::nquads), base + "graphs", jsc);
      JavaRDD<Report> reports = extracted.filter(i -> i.report() != null).map(Item::report)
          .union(read.filter(i -> i.report() != null).map(Item::report))
          .coalesce(1);
      save(reports.filter(r -> !r.skipped()).map(Report::json), base + "failures", jsc);
      save(reports.filter(Report::skipped).map(Report::json), base + "skipped", jsc);
      long articles = extracted.filter(i -> i.nquads() != null).count();
      long quads = extracted.map(Item::quads).fold(0L, Long::sum);
      long failed = reports.filter(r -> !r.skipped()).count();
      long skipped = reports.filter(Report::skipped).count();
      return new Summary(files.stream().filter(f -> f.missing() == null).count(), articles, failed, skipped, quads, partitions);
    } finally {
      extracted.unpersist(false);
      read.unpersist(false);
    }
  }

  /**
   * Writes the lines as text files in {@code dir}, one per partition that has lines: no empty part
   * files (Hadoop's LazyOutputFormat opens a file at the first line); {@code _SUCCESS} when done.
   */
  private static void save(JavaRDD<String> lines, String dir, JavaSparkContext jsc) throws IOException {
    Job job = Job.getInstance(jsc.hadoopConfiguration());
    LazyOutputFormat.setOutputFormatClass(job, TextOutputFormat.class);
    lines.mapToPair(l -> new Tuple2<>(NullWritable.get(), new Text(l)))
        .saveAsNewAPIHadoopFile(dir, NullWritable.class, Text.class, LazyOutputFormat.class, job.getConfiguration());
  }
}
