package org.newsgraph.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
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
      boolean englishOnly) implements Serializable {
    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) throw new IllegalArgumentException("no inputs");
      if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
      new Iris(baseIri);
    }

    public static Options of(List<String> inputs, String out) {
      return new Options(inputs, out, 0, Iris.DEFAULT_BASE, ReaderOptions.DEFAULT_MAX_CHARS, true);
    }

    public Options withPartitions(int n) {
      return new Options(inputs, out, n, baseIri, maxChars, englishOnly);
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
      options = new Options(inputs, out, partitions, baseIri, maxChars, !allLanguages);
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
    Extraction.Run run = Extraction.Run.of(Ingestor.newRun(Main.version()), options.baseIri());

    // reading: one task per file, as many tasks as partitions at most
    JavaRDD<Item> read = jsc.parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
        .flatMap(f -> Reading.read(f, options.readerOptions(), hadoopConf).iterator());
    // the articles spread by id over `partitions` tasks (Spark would give 84 files 3 partitions), one
    // article per id: the later one, as a later ingest would replace the earlier
    JavaPairRDD<String, Iterable<ArticleRow>> byId = read.filter(i -> i.article() != null)
        .mapToPair(i -> new Tuple2<>(i.article().id(), i.article()))
        .groupByKey(partitions);
    JavaRDD<Item> done = byId.flatMap(t -> {
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
    }).union(read.filter(i -> i.report() != null))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      String base = options.out().endsWith("/") ? options.out() : options.out() + "/";
      done.filter(i -> i.nquads() != null).map(Item::nquads).saveAsTextFile(base + "graphs");
      JavaRDD<Report> reports = done.filter(i -> i.report() != null).map(Item::report).coalesce(1);
      reports.filter(r -> !r.skipped()).map(Report::json).saveAsTextFile(base + "failures");
      reports.filter(Report::skipped).map(Report::json).saveAsTextFile(base + "skipped");
      long articles = done.filter(i -> i.nquads() != null).count();
      long quads = done.map(Item::quads).fold(0L, Long::sum);
      long failed = done.filter(i -> i.report() != null && !i.report().skipped()).count();
      long skipped = done.filter(i -> i.report() != null && i.report().skipped()).count();
      return new Summary(files.stream().filter(f -> f.missing() == null).count(), articles, failed, skipped, quads, partitions);
    } finally {
      done.unpersist(false);
    }
  }
}
