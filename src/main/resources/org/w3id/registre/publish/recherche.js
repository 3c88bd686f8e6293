// Search of the static export (the served site searches on the server, without any script).
// Recherche de la copie statique : l'index est préparé à l'export (recherche-index.json) par le même analyseur
// français que le serveur ; ce script ne fait que plier les mots tapés, les retrouver et afficher les résultats.
(function () {
  'use strict';
  var form = document.getElementById('form-recherche');
  var out = document.getElementById('resultats');
  if (!form || !out) { return; }
  var lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
  var t = function (fr, en) { return lang === 'en' ? en : fr; };
  var root = form.getAttribute('data-racine');
  var ELISION = /^(l|m|t|qu|n|s|j|d|c|jusqu|quoiqu|lorsqu|puisqu)['’]/;
  var KINDS = { 'mission': t('Missions', 'Missions'), 'finalite': t('Finalités', 'Purposes (finalités)'),
    'sous-finalite': t('Sous-finalités', 'Sub-purposes (sous-finalités)'),
    'base': t('Bases juridiques', 'Legal bases'), 'texte': t('Textes juridiques', 'Legal texts') };
  var ORDER = ['mission', 'finalite', 'sous-finalite', 'base', 'texte'];

  function fold(word) {
    return word.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss')
      .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  function words(text) {
    return (text.match(/[\p{L}\p{N}'’*]+/gu) || []).map(function (w) {
      return fold(w).replace(ELISION, '').replace(/['’]/g, '');
    }).filter(function (w) { return w.length > 0; });
  }
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== null) { e.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  // The stems of one typed word: its form, or the form without a final s/x, or every form it prefixes ("vidéo*").
  function stems(index, w) {
    if (w.endsWith('*')) {
      var prefix = w.slice(0, -1);
      return Object.keys(index.formes).filter(function (f) {
        return prefix.length > 0 && f.startsWith(prefix) && index.formes[f] !== '';
      }).map(function (f) { return index.formes[f]; });
    }
    var candidates = [w, w.replace(/[sx]$/, '')];
    for (var i = 0; i < candidates.length; i++) {
      if (Object.prototype.hasOwnProperty.call(index.formes, candidates[i])) {
        return [index.formes[candidates[i]]];
      }
    }
    return index.racines[w] ? [w] : [null];
  }
  function search(index, q) {
    var typed = words(q);
    var scores = null;
    var matched = 0;
    typed.forEach(function (w) {
      var s = stems(index, w);
      if (s.length === 1 && s[0] === '') { return; } // a stop word
      matched++;
      var these = {};
      s.forEach(function (stem) {
        (index.racines[stem] || []).forEach(function (p) { these[p[0]] = (these[p[0]] || 0) + p[1]; });
      });
      if (scores === null) { scores = these; } else {
        Object.keys(scores).forEach(function (d) {
          if (these[d] === undefined) { delete scores[d]; } else { scores[d] += these[d]; }
        });
      }
    });
    return { matched: matched, scores: scores || {} };
  }
  function show(index, q) {
    out.textContent = '';
    var r = search(index, q);
    var docs = Object.keys(r.scores).map(Number).sort(function (a, b) {
      return r.scores[b] - r.scores[a] || index.docs[a][2].localeCompare(index.docs[b][2]);
    });
    var summary = el('p', docs.length === 0
      ? t('Aucun résultat pour « ' + q + ' ».', "No results for '" + q + "'.") + (r.matched === 0
        ? ' ' + t('Les mots vides (le, de, la, pour…) ne sont pas indexés.', 'Stop words (le, de, la, pour…) are not indexed.') : '')
      : t(docs.length + ' résultat(s) pour « ' + q + ' ».', docs.length + " result(s) for '" + q + "'."),
      { id: 'resultats-resume', role: 'status' });
    out.appendChild(summary);
    ORDER.forEach(function (kind) {
      var group = docs.filter(function (d) { return index.docs[d][1] === kind; });
      if (group.length === 0) { return; }
      var section = el('section', null, { 'aria-labelledby': kind });
      section.appendChild(el('h2', KINDS[kind] + ' (' + group.length + ')', { id: kind }));
      var ol = el('ol', null, { 'class': 'resultats' });
      group.forEach(function (d) {
        var doc = index.docs[d];
        var li = el('li', null);
        var p = el('p', null, { 'class': 'resultat-titre' });
        if (doc[3]) { p.appendChild(el('span', doc[3] + ' ', { 'class': 'identifiant' })); }
        p.appendChild(el('a', lang === 'en' && doc[4] ? doc[4] : doc[2], { href: root + (lang === 'en' ? 'en/' : '') + doc[0] + '.html' }));
        li.appendChild(p);
        ol.appendChild(li);
      });
      section.appendChild(ol);
      out.appendChild(section);
    });
  }
  var q = new URLSearchParams(window.location.search).get('q') || '';
  if (q.trim() === '') { return; }
  document.getElementById('q').value = q;
  fetch(root + 'recherche-index.json').then(function (r) { return r.json(); }).then(function (index) {
    show(index, q.trim());
  }).catch(function () {
    out.textContent = t("L'index de recherche n'a pas pu être lu (ouvrez la copie par un serveur web, pas par file://).",
      'The search index could not be read (open the copy through a web server, not file://).');
  });
})();
