package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.NewsgraphException.BadInput;

/** Strict UTF-8 decoding: every refusal names the input and says why. */
class TextFilesTest {
  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      else if (p instanceof int[] raw) for (int b : raw) out.write(b);
      else throw new IllegalArgumentException(String.valueOf(p));
    }
    return out.toByteArray();
  }

  private static String decode(byte[] b) {
    return TextFiles.decodeUtf8("story.txt", b);
  }

  @Test
  void an_empty_file_is_refused_as_empty() {
    assertThatThrownBy(() -> decode(new byte[0]))
        .isInstanceOf(BadInput.class)
        .hasMessage("story.txt: empty file")
        .satisfies(e -> assertThat(((BadInput) e).input()).isEqualTo("story.txt"));
  }

  @Test
  void nul_bytes_mean_binary_content() {
    assertThatThrownBy(() -> decode(bytes("PK", new int[] {3, 4, 0, 0}, "rest")))
        .isInstanceOf(BadInput.class)
        .hasMessageStartingWith("story.txt: binary")
        .hasMessageContaining("offset 4");
  }

  @Test
  void invalid_utf8_names_the_byte_offset() {
    // a Latin-1 "é" (0xE9) after "Caf"
    assertThatThrownBy(() -> decode(bytes("Caf", new int[] {0xE9}, " au lait")))
        .isInstanceOf(BadInput.class)
        .hasMessageStartingWith("story.txt: not valid UTF-8 at byte 3;");
  }

  @Test
  void the_offset_of_a_truncated_sequence_is_its_first_byte() {
    // "é" is C3 A9; here the lead byte is followed by a plain letter
    assertThatThrownBy(() -> decode(bytes("née ", new int[] {0xC3}, "x")))
        .hasMessageContaining("at byte 5;");
  }

  @Test
  void sequences_that_are_well_formed_in_shape_but_not_utf8_are_located_too() {
    // an encoded surrogate (CESU-8), an overlong "/" and a code point past U+10FFFF
    for (int[] bad : new int[][] {{0xED, 0xA0, 0x80}, {0xE0, 0x80, 0xAF}, {0xF4, 0x90, 0x80, 0x80}}) {
      assertThatThrownBy(() -> decode(bytes("ok ", bad, " more text")))
          .as("bytes %s", java.util.Arrays.toString(bad))
          .hasMessageContaining("not valid UTF-8 at byte 3;");
    }
  }

  @Test
  void a_byte_order_mark_is_dropped_and_nothing_else_changes() {
    String text = "Headline\r\n\r\nBody with an emoji \uD83D\uDE00 and a tab\t.\n";
    assertThat(decode(bytes(new int[] {0xEF, 0xBB, 0xBF}, text))).isEqualTo(text);
    assertThat(decode(bytes(text))).isEqualTo(text);
  }

  @Test
  void whitespace_only_is_no_text() {
    assertThatThrownBy(() -> decode(bytes(" \n\t\r\n  ")))
        .isInstanceOf(BadInput.class)
        .hasMessage("story.txt: no text (only whitespace)");
    assertThatThrownBy(() -> decode(bytes(new int[] {0xEF, 0xBB, 0xBF}, "\n")))
        .hasMessage("story.txt: no text (only whitespace)");
  }
}
