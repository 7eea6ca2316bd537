/*
 * newsgraph web UI: a SPARQL editor with the saved queries, and a graph explorer.
 * Plain JavaScript over two vendored libraries (Yasgui, Cytoscape); every request goes to this server.
 */
(function () {
  'use strict';

  var ENDPOINT = location.origin + '/kg/sparql';
  var TYPES = ['Person', 'Organization', 'Country', 'Place', 'Event', 'UnnamedSource'];
  var COLOURS = {
    Person: '#d9534f', Organization: '#1b9aaa', Country: '#e0a800', Place: '#5cb85c',
    Event: '#8e6cae', UnnamedSource: '#8a8f98', Thing: '#b9c0cb'
  };
  var EDGE_COLOURS = { role: '#7b8594', about: '#2e86c1', target: '#c0392b', denial: '#c0392b', claim: '#d68910' };

  var PAGE = 20; // neighbours shown at a time when a node is expanded
  var app = { yasgui: null, cy: null, queries: [], expanded: {}, site: null };
  window.newsgraph = app;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      // only this server's pages and http(s) are links: never javascript:, data: or the like
      if (k === 'href' && !/^(https?:\/\/|\/(?!\/))/i.test(String(attrs[k]))) return;
      e.setAttribute(k, attrs[k]);
    });
    if (text != null) e.textContent = text;
    return e;
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) return r.text().then(function (t) { throw new Error(t || r.statusText); });
      return r.json();
    });
  }

  /* What the UI needs to know of this server: the base of the graph's IRIs and where it serves them. */
  var site = getJson('/api/site').then(function (s) { app.site = s; return s; }).catch(function () { return null; });

  /* The page on this server for one of the graph's IRIs; other IRIs are left as they are. */
  function localHref(href) {
    var s = app.site;
    if (!s || !href || href.indexOf(s.base) !== 0) return null;
    return s.basePath + href.substring(s.base.length);
  }

  /* Result IRIs open this server's pages, whatever host and port the IRIs' base names. */
  function linkResultsHere(root) {
    root.querySelectorAll('a[href]').forEach(function (a) {
      var local = localHref(a.getAttribute('href'));
      if (local) {
        a.setAttribute('href', local);
        a.removeAttribute('target');
        a.classList.add('here');
      }
    });
  }

  /* ---------- views ---------- */

  function route() {
    var hash = decodeURIComponent(location.hash.replace(/^#/, ''));
    var view = hash.indexOf('explore') === 0 ? 'explore' : 'query';
    document.getElementById('view-query').hidden = view !== 'query';
    document.getElementById('view-explore').hidden = view !== 'explore';
    document.querySelectorAll('header nav a[data-view]').forEach(function (a) {
      a.classList.toggle('active', a.getAttribute('data-view') === view);
    });
    if (view === 'query') initQuery();
    else {
      initExplorer();
      var m = /^explore=(.+)$/.exec(hash);
      if (m) expand(m[1]);
    }
  }

  /* ---------- SPARQL editor ---------- */

  function initQuery() {
    if (app.yasgui) return;
    // Everything that would reach another host is turned off: the endpoint catalogue lists only
    // ours, prefixes come from Yasqe's bundled list, no class/property autocompletion (LOV).
    app.yasgui = new Yasgui(document.getElementById('yasgui'), {
      requestConfig: { endpoint: ENDPOINT, method: 'POST' },
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: ENDPOINT }]; }, keys: [] },
      copyEndpointOnNewTab: true,
      persistenceId: null,
      populateFromUrl: false,
      autoAddOnInit: false,
      corsProxy: undefined,
      yasqe: { autocompleters: ['prefixes', 'variables'], prefixCcApi: null, editorHeight: '280px' },
      yasr: { defaultPlugin: 'table' }
    });
    // results as a plain table ("Simple view"): values without datatypes and angle brackets
    app.yasgui.addTab(true, { name: 'Query', yasr: { settings: { selectedPlugin: 'table', pluginsConfig: { table: { compact: true } } } } });
    var box = document.getElementById('yasgui');
    site.then(function () {
      linkResultsHere(box);
      new MutationObserver(function () { linkResultsHere(box); }).observe(box, { childList: true, subtree: true });
    });
    watchTruncation(app.yasgui.getTab());
    loadSavedQueries();
  }

  /* The server cuts answers at its row cap and says so in a header: tell the reader. */
  function watchTruncation(tab) {
    var yasqe = tab && tab.getYasqe();
    if (!yasqe || yasqe.newsgraphWatched) return;
    yasqe.newsgraphWatched = true;
    yasqe.on('query', function () { document.getElementById('truncated').hidden = true; });
    yasqe.on('queryResponse', function (instance, response) {
      var cap = response && response.headers && response.headers.get ? response.headers.get('X-Newsgraph-Truncated') : null;
      var p = document.getElementById('truncated');
      if (cap) {
        p.textContent = 'Only the first ' + Number(cap).toLocaleString('en') + ' rows are shown: the server returns at most '
          + Number(cap).toLocaleString('en') + ' rows per query. Narrow the query, or page through with LIMIT and OFFSET.';
        p.hidden = false;
      } else {
        p.hidden = true;
      }
    });
  }

  function loadSavedQueries() {
    var list = document.getElementById('saved-queries');
    getJson('/api/queries').then(function (queries) {
      app.queries = queries;
      list.textContent = '';
      if (!queries.length) list.appendChild(el('li', { class: 'empty' }, 'No saved queries in queries/.'));
      queries.forEach(function (q) {
        var li = el('li', { 'data-name': q.name });
        var b = el('button', { class: 'run', type: 'button', title: 'Run ' + q.name }, q.title);
        b.addEventListener('click', function () { runSaved(q, li); });
        li.appendChild(b);
        li.appendChild(el('div', { class: 'name' }, q.name + '.rq'));
        if (q.description) li.appendChild(el('p', {}, q.description));
        if (q.params && q.params.length) {
          var p = el('p', { class: 'params' }, 'To narrow it, give a value to ');
          q.params.forEach(function (v, i) {
            if (i) p.appendChild(document.createTextNode(i === q.params.length - 1 ? ' or ' : ', '));
            p.appendChild(el('code', { title: v.description }, '?' + v.name));
          });
          p.appendChild(document.createTextNode(' in the query, e.g. with VALUES ?' + q.params[0].name + ' { … }.'));
          li.appendChild(p);
        }
        list.appendChild(li);
      });
    }).catch(function (e) {
      list.textContent = '';
      list.appendChild(el('li', { class: 'empty' }, 'Could not load the saved queries: ' + e.message));
    });
  }

  function runSaved(q, li) {
    document.querySelectorAll('#saved-queries li.current').forEach(function (x) { x.classList.remove('current'); });
    li.classList.add('current');
    var tab = app.yasgui.getTab();
    watchTruncation(tab);
    tab.setName(q.title.length > 40 ? q.name : q.title);
    var yasqe = tab.getYasqe();
    yasqe.setValue(q.text);
    yasqe.query();
  }

  /* ---------- graph explorer ---------- */

  function initExplorer() {
    if (app.cy) return;
    var legend = document.getElementById('legend');
    TYPES.forEach(function (t) {
      var li = el('li', { style: '--c:' + COLOURS[t] }, t === 'UnnamedSource' ? 'Unnamed source' : t);
      legend.appendChild(li);
    });
    app.cy = cytoscape({
      container: document.getElementById('cy'),
      minZoom: 0.2, maxZoom: 3,
      style: [
        { selector: 'node', style: {
          'background-color': function (n) { return COLOURS[n.data('type')] || COLOURS.Thing; },
          'label': 'data(label)', 'font-size': 11, 'color': '#1d2430', 'text-valign': 'bottom', 'text-margin-y': 4,
          'text-background-color': '#fbfcfd', 'text-background-opacity': 0.8, 'text-background-padding': 1,
          'width': 22, 'height': 22, 'border-width': 1, 'border-color': '#ffffff' } },
        { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2430' } },
        { selector: 'node:selected', style: { 'overlay-color': '#2456a6', 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
        { selector: 'edge', style: {
          'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9,
          'line-color': function (e) { return EDGE_COLOURS[e.data('kind')] || '#999'; },
          'target-arrow-color': function (e) { return EDGE_COLOURS[e.data('kind')] || '#999'; },
          'width': function (e) { return Math.min(1 + e.data('weight'), 7); },
          'label': 'data(label)', 'font-size': 9, 'color': '#4a5263', 'text-rotation': 'autorotate',
          'text-background-color': '#fbfcfd', 'text-background-opacity': 0.85, 'text-background-padding': 1 } }
      ],
      elements: [],
      layout: { name: 'preset' }
    });
    app.cy.on('tap', 'node', function (evt) {
      var n = evt.target;
      showDetails(n.id());
      if (!app.expanded[n.id()]) expand(n.id());
    });
    var input = document.getElementById('search');
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { search(input.value); }, 180);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        clearTimeout(timer);
        search(input.value).then(function (results) { if (results.length) pick(results[0]); });
      } else if (e.key === 'Escape') {
        hideResults();
      }
    });
    document.getElementById('relayout').addEventListener('click', relayout);
    document.getElementById('clear').addEventListener('click', function () {
      app.cy.elements().remove();
      app.expanded = {};
      document.getElementById('details').innerHTML = '<p class="empty">Search an entity, then click any node to expand it.</p>';
    });
  }

  function hideResults() {
    document.getElementById('search-results').hidden = true;
  }

  function search(q) {
    var ul = document.getElementById('search-results');
    if (!q || q.trim().length < 2) { hideResults(); return Promise.resolve([]); }
    return getJson('/api/search?q=' + encodeURIComponent(q.trim())).then(function (res) {
      ul.textContent = '';
      if (!res.results.length) ul.appendChild(el('li', { class: 'empty' }, 'No entity named like “' + q + '”.'));
      res.results.forEach(function (r) {
        var li = el('li', { role: 'option', 'data-iri': r.id });
        li.appendChild(el('span', { class: 'dot t-' + r.type }));
        li.appendChild(el('span', { class: 'label' }, r.label));
        li.appendChild(el('span', { class: 'n' }, r.type + ' · ' + r.articles + (r.articles === 1 ? ' article' : ' articles')));
        li.addEventListener('click', function () { pick(r); });
        ul.appendChild(li);
      });
      ul.hidden = false;
      return res.results;
    });
  }

  function pick(r) {
    hideResults();
    document.getElementById('search').value = r.label;
    expand(r.id).then(function () { showDetails(r.id); });
  }

  function addNode(n, position) {
    var cy = app.cy;
    var existing = cy.getElementById(n.id);
    if (existing.length) return existing;
    return cy.add({ group: 'nodes', data: { id: n.id, label: n.label, type: n.type, page: n.page, sameAs: n.sameAs || [] }, position: position });
  }

  /*
   * Fetches a page of an entity's neighbours, the heaviest first, and adds them around it; nodes
   * already placed stay put. The details panel offers the next page ("Show more").
   */
  function expand(iri, offset) {
    var cy = app.cy;
    offset = offset || 0;
    return getJson('/api/neighbours?iri=' + encodeURIComponent(iri) + '&limit=' + PAGE + '&offset=' + offset).then(function (res) {
      var centre = cy.getElementById(res.center.id);
      if (!centre.length) {
        var ext = cy.nodes().length ? cy.nodes().boundingBox() : { x2: -200, y1: 0, y2: 0 };
        centre = addNode(res.center, { x: ext.x2 + 200, y: (ext.y1 + ext.y2) / 2 });
      }
      var c = centre.position();
      var fresh = res.nodes.filter(function (n) { return !cy.getElementById(n.id).length; });
      // the order of the answer is by weight: the heaviest neighbours come first on the arc
      placeAround(c, centre.neighborhood('node'), fresh);
      res.edges.forEach(function (e) {
        if (!cy.getElementById(e.id).length) {
          cy.add({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.label, kind: e.kind, weight: e.weight } });
        }
      });
      var before = app.expanded[res.center.id];
      app.expanded[res.center.id] = { total: res.total, shown: (offset && before ? before.shown : 0) + res.nodes.length };
      centre.addClass('expanded');
      frame(centre);
      showDetails(res.center.id);
      return res;
    }).catch(function (e) {
      document.getElementById('details').innerHTML = '';
      document.getElementById('details').appendChild(el('p', { class: 'empty' }, 'Could not expand: ' + e.message));
    });
  }

  /*
   * Places new neighbours of a node at c: on a full ring for a lone node, else on an arc facing away
   * from its present neighbours; a spot too close to an existing node moves outwards. Deterministic,
   * and nothing already placed moves.
   */
  function placeAround(c, neighbours, fresh) {
    if (!fresh.length) return;
    var start, span;
    if (!neighbours.length) {
      start = -Math.PI / 2;
      span = 2 * Math.PI;
    } else {
      var dx = 0, dy = 0;
      neighbours.forEach(function (n) { dx += c.x - n.position('x'); dy += c.y - n.position('y'); });
      var away = (dx === 0 && dy === 0) ? Math.PI / 2 : Math.atan2(dy, dx);
      span = Math.min(1.5 * Math.PI, Math.max(Math.PI / 2, fresh.length * 0.45));
      start = away - span / 2;
    }
    var full = span >= 2 * Math.PI - 1e-6;
    var radius = Math.max(150, fresh.length * 14);
    fresh.forEach(function (n, i) {
      var a = full ? start + (span * i) / fresh.length
        : fresh.length === 1 ? start + span / 2 : start + (span * i) / (fresh.length - 1);
      var r = radius;
      var p = { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) };
      for (var tries = 0; tries < 12 && crowded(p); tries++) {
        r += 60;
        p = { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) };
      }
      addNode(n, p);
    });
  }

  function crowded(p) {
    return app.cy.nodes().some(function (n) {
      var q = n.position();
      return Math.abs(q.x - p.x) < 70 && Math.abs(q.y - p.y) < 45;
    });
  }

  /* Shows the whole graph if it fits legibly, else the expanded node and its neighbours; never zooms in past 1.2. */
  function frame(centre) {
    var cy = app.cy;
    cy.stop();
    cy.fit(cy.elements(), 50);
    if (cy.zoom() < 0.55) cy.fit(centre.closedNeighborhood(), 50);
    if (cy.zoom() > 1.2) {
      var bb = cy.elements().boundingBox();
      cy.zoom(1.2);
      var ext = cy.extent();
      cy.center(ext.w >= bb.w && ext.h >= bb.h ? cy.elements() : centre);
    }
  }

  function relayout() {
    app.cy.layout({ name: 'cose', randomize: false, animate: false, nodeRepulsion: 9000, idealEdgeLength: 110,
      numIter: 1200, fit: true, padding: 40 }).run();
  }

  function showDetails(iri) {
    var cy = app.cy;
    var n = cy.getElementById(iri);
    if (!n.length) return;
    var box = document.getElementById('details');
    box.textContent = '';
    var h = el('h2');
    h.appendChild(el('span', { class: 'dot t-' + n.data('type') }));
    h.appendChild(document.createTextNode(' ' + n.data('label')));
    box.appendChild(h);
    var p = el('p');
    p.appendChild(el('span', { class: 'badge type-' + n.data('type') }, n.data('type')));
    p.appendChild(document.createTextNode(' '));
    var open = el('a', { href: n.data('page'), class: 'open-page' }, 'Open page');
    p.appendChild(open);
    box.appendChild(p);
    var same = n.data('sameAs') || [];
    if (same.length) {
      var links = el('p', { class: 'same-as' }, 'Same as: ');
      same.forEach(function (iri, i) {
        if (i) links.appendChild(document.createTextNode(', '));
        var name = iri.indexOf('wikidata.org') >= 0 ? 'Wikidata ' + iri.replace(/.*\//, '') : 'DBpedia ' + decodeURIComponent(iri.replace(/.*\//, '')).replace(/_/g, ' ');
        links.appendChild(el('a', { href: iri, class: 'link-out', rel: 'noopener' }, name));
      });
      box.appendChild(links);
    }
    var edges = n.connectedEdges();
    if (!edges.length) {
      box.appendChild(el('p', { class: 'empty' }, app.expanded[iri] ? 'No relations found.' : 'Click the node to expand it.'));
      return;
    }
    box.appendChild(el('h3', {}, 'Relations'));
    var ul = el('ul', { class: 'relations' });
    edges.sort(function (a, b) { return b.data('weight') - a.data('weight'); }).forEach(function (e) {
      var li = el('li');
      var out = e.data('source') === iri;
      var other = out ? e.target() : e.source();
      li.appendChild(out ? el('span', { class: 'self' }, n.data('label')) : neighbourLink(other));
      li.appendChild(el('span', { class: 'edge-label' }, ' ' + e.data('label') + ' → '));
      li.appendChild(out ? neighbourLink(other) : el('span', { class: 'self' }, n.data('label')));
      if (e.data('weight') > 1) li.appendChild(el('span', { class: 'count' }, ' (' + e.data('weight') + ' articles)'));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    var ex = app.expanded[iri];
    if (ex && ex.shown < ex.total) {
      var more = el('button', { type: 'button', class: 'more' },
        'Show more (' + ex.shown + ' of ' + ex.total + ' neighbours shown)');
      more.addEventListener('click', function () { expand(iri, ex.shown); });
      box.appendChild(more);
    } else if (ex && ex.total > PAGE) {
      box.appendChild(el('p', { class: 'count' }, 'All ' + ex.total + ' neighbours shown.'));
    }
  }

  function neighbourLink(node) {
    var a = el('a', { href: node.data('page'), 'data-iri': node.id(), class: 'neighbour' }, node.data('label'));
    a.addEventListener('click', function (evt) {
      if (evt.ctrlKey || evt.metaKey) return;
      evt.preventDefault();
      app.cy.$(':selected').unselect();
      node.select();
      showDetails(node.id());
      if (!app.expanded[node.id()]) expand(node.id());
    });
    return a;
  }

  app.expand = expand;
  window.addEventListener('hashchange', route);
  document.addEventListener('DOMContentLoaded', route);
  if (document.readyState !== 'loading') route();
})();
