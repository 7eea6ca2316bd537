package org.newsgraph.ingest;

/**
 * What a format reader found, before the checks every article passes ({@link ArticleReader}):
 * length, language, furniture, a headline when none was given.
 *
 * @param input the name of the input for messages ("feed.xml item 3", a URL, a path)
 * @param lang the language the source declares ("en", "de-AT"), or null
 */
record Draft(String input, String id, String text, String headline, String url, String published, String publisher,
    String author, String lang) {

  Draft withDefaults(Draft fallback) {
    return new Draft(input, id, text, or(headline, fallback.headline), or(url, fallback.url),
        or(published, fallback.published), or(publisher, fallback.publisher), or(author, fallback.author),
        or(lang, fallback.lang));
  }

  Draft withId(String newId) {
    return new Draft(input, newId, text, headline, url, published, publisher, author, lang);
  }

  Draft withText(String newText) {
    return new Draft(input, id, newText, headline, url, published, publisher, author, lang);
  }

  Draft withInput(String newInput) {
    return new Draft(newInput, id, text, headline, url, published, publisher, author, lang);
  }

  static String or(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
