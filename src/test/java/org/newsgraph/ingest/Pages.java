package org.newsgraph.ingest;

/** Test articles of our own making: English news prose, a German and a French paragraph. */
final class Pages {
  static final String P1 = "The city council of Riverton voted on Tuesday to close the old bridge over the Maple River, "
      + "citing a safety report that found cracks in two of its supports.";
  static final String P2 = "\"We cannot take chances with people's lives,\" said Mayor Ellen Park, who proposed the closure. "
      + "Engineers estimate that repairs will take at least eighteen months.";
  static final String P3 = "Local shop owners said the closure would hurt business on both banks of the river, and the "
      + "chamber of commerce asked the council to open a temporary ferry service.";

  static final String GERMAN = "Der Stadtrat von Riverton hat am Dienstag beschlossen, die alte Brücke über den Fluss zu "
      + "schließen. Ein Gutachten hatte Risse in zwei Pfeilern gefunden, und die Bürgermeisterin sagte, man könne "
      + "mit dem Leben der Menschen keine Risiken eingehen.";
  static final String FRENCH = "Le conseil municipal de Riverton a voté mardi la fermeture du vieux pont sur la rivière, "
      + "après qu'un rapport de sécurité a découvert des fissures dans deux de ses piliers. Les commerçants "
      + "craignent une baisse de leur chiffre d'affaires.";
  static final String SPANISH = "El ayuntamiento de Riverton votó el martes para cerrar el viejo puente sobre el río, "
      + "después de que un informe de seguridad encontrara grietas en dos de sus pilares. Los comerciantes temen "
      + "perder clientes durante las obras.";

  /** A news page with navigation, an ad, a share bar, related links, comments and a footer around the story. */
  static String newsPage(String headline, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) body.append("<p>").append(p).append("</p>\n");
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>%1$s | The Riverton Courier</title>
          <meta property="og:title" content="%1$s">
          <meta property="og:site_name" content="The Riverton Courier">
          <script type="application/ld+json">
          {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%1$s",
           "url": "https://courier.example/2024/05/bridge-closure",
           "datePublished": "2024-05-07T09:30:00+02:00",
           "author": [{"@type": "Person", "name": "Dana Miller"}],
           "publisher": {"@type": "Organization", "name": "The Riverton Courier"}}
          </script>
        </head>
        <body>
          <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
            <li><a href="/sport">Sport</a></li></ul></nav>
          <div class="ad-slot">Buy the new Zephyr 3000 today and save big on every purchase</div>
          <article>
            <h1>%1$s</h1>
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            %2$s
          </article>
          <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ferry company plans expansion</a></li>
            <li><a href="/b">Council budget approved</a></li></ul></aside>
          <section id="comments"><h3>Comments</h3><div class="comment">First! This bridge was always a disgrace.</div></section>
          <footer>Copyright 2024 The Riverton Courier. All rights reserved.</footer>
        </body>
        </html>
        """.formatted(headline, body);
  }

  private Pages() {}
}
