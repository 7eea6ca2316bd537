package org.newsgraph.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Publication dates as the graph wants them: {@code 2024-05-01} or {@code 2024-05-01T10:00:00Z}
 * (with its own offset when the source gives one). What does not parse is kept as written.
 */
final class Dates {
  private static final Pattern OFFSET_NO_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final List<DateTimeFormatter> ZONED = List.of(DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ISO_ZONED_DATE_TIME);

  private static final DateTimeFormatter XSD_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private Dates() {}

  static String normalize(String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.strip();
    if (v.length() > 64) return null;
    try {
      return LocalDate.parse(v).toString();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    String iso = OFFSET_NO_COLON.matcher(v.replace(' ', 'T')).replaceFirst("$1:$2");
    try {
      return OffsetDateTime.parse(iso).format(XSD_DATE_TIME);
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(iso).toLocalDate().toString();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    for (DateTimeFormatter f : ZONED) {
      try {
        return ZonedDateTime.parse(v, f).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return v;
  }

  static String of(Date date) {
    return date == null ? null : of(date.toInstant());
  }

  static String of(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
