package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

/** Page furniture is found line by line, with exact code-point spans, and ordinary sentences are left alone. */
class FurnitureTest {
  private static String at(String text, Span s) {
    int b = text.offsetByCodePoints(0, s.begin());
    return text.substring(b, text.offsetByCodePoints(b, s.length()));
  }

  @Test
  void read_more_lines_are_found_with_code_point_spans() {
    // the emoji before the furniture is one code point but two chars; CRLF line ends stay in the text
    String text = "Rocket \uD83D\uDE80 lands\r\nThe launch went well, officials said.\r\n  Read more: Why rockets land\r\nThe end.";
    List<Span> found = Furniture.find(text);
    int begin = "Rocket ".length() + 1 + " lands\r\nThe launch went well, officials said.\r\n  ".length();
    assertThat(found).containsExactly(new Span(begin, begin + "Read more: Why rockets land".length()));
    assertThat(at(text, found.get(0))).isEqualTo("Read more: Why rockets land");
  }

  @Test
  void every_furniture_line_of_a_page_is_found_and_nothing_else() {
    String text = String.join("\n",
        "Acme opens a plant in Ohio",
        "By Jane Doe, BBC News",
        "Published: 12 March 2024",
        "Acme said on Tuesday it would hire 500 people.",
        "Share this article",
        "Follow us on Twitter @acmenews",
        "Subscribe to our daily newsletter for more stories",
        "Read more: Acme's profits fall",
        "See also: Ohio's jobs boom",
        "Related stories",
        "Advertisement",
        "Click here to see the full list",
        "Image caption: The new plant near Columbus",
        "Copyright 2024 Example Media. All rights reserved.",
        "The plant opens next year.");
    List<String> anchors = Furniture.find(text).stream().map(s -> at(text, s)).toList();
    assertThat(anchors).containsExactly(
        "By Jane Doe, BBC News",
        "Published: 12 March 2024",
        "Share this article",
        "Follow us on Twitter @acmenews",
        "Subscribe to our daily newsletter for more stories",
        "Read more: Acme's profits fall",
        "See also: Ohio's jobs boom",
        "Related stories",
        "Advertisement",
        "Click here to see the full list",
        "Image caption: The new plant near Columbus",
        "Copyright 2024 Example Media. All rights reserved.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Updated 26 February 2024, 10:15 GMT",
      "Last modified on Tue 26 Feb 2024 12.00 GMT",
      "Published on February 26, 2024 at 10:15 am ET",
      "Posted 2 hours ago",
      "Updated: March 3, 2024 9:02 a.m. EST",
      "By Jane Doe and John Smith, Reuters",
      "By Jane Doe in Barcelona",
      "By REUTERS",
      "Watch: The moment the rocket landed",
      "Read the full story here",
      "Most read",
      "Sign up for our morning briefing",
      "Tweet",
      "Print this page"})
  void furniture(String line) {
    assertThat(Furniture.isFurniture(line)).isTrue();
    assertThat(Furniture.find("Body text.\n" + line + "\nMore body.")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Related talks between the two countries broke down in May.",
      "Related companies were not named in the filing",
      "Published figures show exports fell by 3% in 2023.",
      "Published on 3 May, the report found that the company had misled investors.",
      "Posted on 5 March, the video was viewed millions of times.",
      "Updated 12 times since 2019, the rules still leave loopholes.",
      "See you in court, the chairman told reporters.",
      "Seeing the results, Smith said he was pleased.",
      "See more clearly what the board wants, analysts said.",
      "By then it was too late.",
      "By contrast, Apple said nothing.",
      "By Friday, the company had recalled every phone.",
      "By Monday the phones were gone",
      "By 2030 the plant will employ 2,000 people.",
      "Like many on Twitter, she shared the video.",
      "Share prices fell 4% on the news.",
      "Follow-up talks are planned for June.",
      "Register for the conference opened on Monday, organisers said.",
      "Trending topics on the site included the recall.",
      "Click fraud cost advertisers billions, the report said.",
      "Advertisement revenue fell by a third.",
      "By Christmas, the company had recalled every phone.",
      "Sign up for the draft fell sharply in 2018, the Pentagon said.",
      "Read more books, the minister told schoolchildren.",
      "Watch the skies, astronomers advised."})
  void not_furniture(String line) {
    assertThat(Furniture.isFurniture(line)).as(line).isFalse();
    assertThat(Furniture.find("Headline\n" + line + "\n")).isEmpty();
  }

  @Test
  void a_text_without_line_breaks_or_with_blank_lines_gives_no_spurious_spans() {
    assertThat(Furniture.find("Just one sentence, no furniture.")).isEmpty();
    assertThat(Furniture.find("\n\n   \n")).isEmpty();
    assertThat(Furniture.find("Advertisement")).containsExactly(new Span(0, 13));
  }
}
