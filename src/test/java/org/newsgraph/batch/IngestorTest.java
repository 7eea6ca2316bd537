package org.newsgraph.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReaderOptions;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

class IngestorTest {
  static final String STORY = "The council of Riverton voted on Tuesday to close the old bridge, said Mayor Ellen Park.";
  @TempDir Path dir;

  @Test
  void a_batch_ingests_good_inputs_and_records_every_failure_with_its_stage() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < 6; i++) Files.writeString(in.resolve("story-" + i + ".txt"), "Story " + i + "\n\n" + STORY + " Item " + i + ".");
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("lines.jsonl"), "{\"id\": \"j1\", \"text\": \"" + STORY + "\"}\nnot json\n");
    Files.writeString(in.resolve("de.txt"), "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen, "
        + "weil ein Gutachten Risse in zwei Pfeilern gefunden hatte.");
    try (NewsStore store = NewsStore.open(dir.resolve("store"))) {
      Summary s = ingestor(store, false).ingest(List.of(in.toString()), new ArticleReader(ReaderOptions.defaults()));
      assertThat(s.articles()).isEqualTo(7);
      assertThat(s.failures()).extracting(Failure::stage).containsOnly("read");
      assertThat(s.failures()).extracting(Failure::input)
          .containsExactlyInAnyOrder(in.resolve("empty.txt").toString(), in.resolve("lines.jsonl") + " line 2");
      assertThat(s.leftOut()).singleElement().asString().contains("de.txt", "not English");
      assertThat(store.graphs()).hasSize(7);
      assertThat(s.toString()).startsWith("7 articles (0 unchanged, skipped), 1 left out (skipped: not English, links not followed), ").endsWith("2 failed");
    }
  }

  @Test
  void an_article_already_stored_is_skipped_unless_forced() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), STORY);
    Files.writeString(in.resolve("b.txt"), STORY + " More.");
    try (NewsStore store = NewsStore.open(dir.resolve("store"))) {
      ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
      assertThat(ingestor(store, false).ingest(List.of(in.toString()), reader).articles()).isEqualTo(2);
      Summary again = ingestor(store, false).ingest(List.of(in.toString()), reader);
      assertThat(again.articles()).isZero();
      assertThat(again.skipped()).isEqualTo(2);
      Summary forced = ingestor(store, true).ingest(List.of(in.toString()), reader);
      assertThat(forced.articles()).isEqualTo(2);
      assertThat(store.graphs()).hasSize(2);
    }
  }

  @Test
  void a_failure_in_nlp_is_recorded_with_its_stage_and_the_batch_goes_on() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), STORY);
    Files.writeString(in.resolve("boom.txt"), STORY + " Boom.");
    try (NewsStore store = NewsStore.open(dir.resolve("store"))) {
      FakeAnnotator fake = new FakeAnnotator(0);
      Ingestor ingestor = new Ingestor(store, a -> {
        if (a.text().contains("Boom")) throw new IllegalStateException("parser gave up");
        return fake.annotate(a);
      }, Iris.defaults(), Ingestor.newRun("test"), new Ingestor.Options(2, false));
      Summary s = ingestor.ingest(List.of(in.toString()), new ArticleReader(ReaderOptions.defaults()));
      assertThat(s.articles()).isEqualTo(1);
      assertThat(s.failures()).containsExactly(new Failure(in.resolve("boom.txt").toString(),
          "IllegalStateException: parser gave up", "nlp"));
    }
  }

  @Test
  void the_same_text_under_another_id_is_reported_as_the_stored_article() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("first.txt"), STORY);
    Files.writeString(in.resolve("copy.txt"), STORY);
    try (NewsStore store = NewsStore.open(dir.resolve("store"))) {
      ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
      Summary first = ingestor(store, false).ingest(List.of(in.resolve("first.txt").toString()), reader);
      assertThat(first.results()).singleElement().satisfies(r -> {
        assertThat(r.statementNanos()).isPositive().isLessThanOrEqualTo(r.extractNanos());  // bench's share of statements
        assertThat(r.totalNanos()).isEqualTo(r.nlpNanos() + r.extractNanos() + r.rdfNanos() + r.storeNanos());
      });
      Summary s = ingestor(store, false).ingest(List.of(in.resolve("copy.txt").toString()), reader);
      assertThat(s.results()).singleElement().satisfies(r -> {
        assertThat(r.skipped()).isTrue();
        assertThat(r.id()).isEqualTo("first");
        assertThat(r.graph()).isEqualTo("http://localhost:3030/id/graph/first");
      });
    }
  }

  static Ingestor ingestor(NewsStore store, boolean force) {
    return new Ingestor(store, new FakeAnnotator(0), Iris.defaults(), Ingestor.newRun("test"), new Ingestor.Options(2, force));
  }
}
