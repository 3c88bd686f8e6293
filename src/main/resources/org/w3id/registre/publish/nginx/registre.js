// Content negotiation of the Registre static export for nginx (njs). Written by `registre export --site` beside
// the pages: it answers every path as `registre serve` does (LinkedDataServlet and ContentNegotiation), while nginx
// itself sends the files. The SITE table below is generated from the same Java constants as the server's (offers,
// aliases, paths, error pages); only the algorithm is written twice, and one test matrix runs against both.
import fs from 'fs';

var SITE = /*SITE*/null;

// RFC 9110 §12.5.1: the highest q wins, a more specific range decides the q of a type, ties go to the order offered.
function parseAccept(accept) {
    var ranges = [];
    var items = accept.split(',');
    for (var i = 0; i < items.length; i++) {
        var params = items[i].trim().split(';');
        var type = params[0].trim().toLowerCase().split('/');
        if (type.length != 2 || type[0] === '' || type[1] === '') {
            continue;
        }
        var q = 1;
        for (var j = 1; j < params.length; j++) {
            var p = params[j].trim();
            var eq = p.indexOf('=');
            if (eq >= 0 && p.substring(0, eq).trim().toLowerCase() === 'q') {
                q = qValue(p.substring(eq + 1).trim());
            }
        }
        ranges.push({type: type[0], subtype: type[1], q: q});
    }
    return ranges;
}

// What Java's Double.parseDouble accepts (decimal forms); anything else is a NumberFormatException there: q=0.
var JAVA_DOUBLE = /^[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?$/;

function qValue(text) {
    if (!JAVA_DOUBLE.test(text)) {
        return 0;
    }
    return Math.max(0, Math.min(1, Number(text.replace(/[fFdD]$/, ''))));
}

function specificity(range) {
    return range.type === '*' ? 0 : range.subtype === '*' ? 1 : 2;
}

function matches(range, mediaType) {
    var parts = mediaType.split('/');
    return (range.type === '*' || range.type === parts[0]) && (range.subtype === '*' || range.subtype === parts[1]);
}

function quality(ranges, mediaType) {
    var winner = null;
    for (var i = 0; i < ranges.length; i++) {
        if (matches(ranges[i], mediaType) && (winner === null || specificity(ranges[i]) > specificity(winner))) {
            winner = ranges[i];
        }
    }
    return winner === null ? 0 : winner.q;
}

function exact(ranges, mediaType) {
    var parts = mediaType.split('/');
    var best = 0;
    var found = false;
    for (var i = 0; i < ranges.length; i++) {
        if (ranges[i].type === parts[0] && ranges[i].subtype === parts[1]) {
            best = found ? Math.max(best, ranges[i].q) : ranges[i].q;
            found = true;
        }
    }
    return best;
}

function mediaType(extension) {
    for (var i = 0; i < SITE.formats.length; i++) {
        if (SITE.formats[i].extension === extension) {
            return SITE.formats[i].mediaType;
        }
    }
    return null;
}

/** The extension of the preferred format among those offered, or null when none is acceptable (406). */
function negotiate(accept, offers) {
    if (accept === undefined || accept === null || accept.trim() === '') {
        return offers.length > 0 ? offers[0] : null;
    }
    var ranges = parseAccept(accept);
    var best = null;
    var bestQ = 0;
    for (var i = 0; i < offers.length; i++) {
        var q = quality(ranges, mediaType(offers[i]));
        for (var a = 0; a < SITE.aliases.length; a++) {
            var alias = SITE.aliases[a];
            if (alias.extension === offers[i]) {
                q = Math.max(q, exact(ranges, alias.mediaType) * alias.factor);
            }
        }
        if (q > bestQ) {
            best = offers[i];
            bestQ = q;
        }
    }
    return best;
}

/** The first ?format= value, decoded as the servlet decodes it; undefined when absent. */
function formatArgument(r) {
    var args = r.variables.args;
    if (!args) {
        return undefined;
    }
    var pairs = args.split('&');
    for (var i = 0; i < pairs.length; i++) {
        var eq = pairs[i].indexOf('=');
        var name = decode(eq >= 0 ? pairs[i].substring(0, eq) : pairs[i]);
        if (name === 'format') {
            return eq >= 0 ? decode(pairs[i].substring(eq + 1)) : '';
        }
    }
    return undefined;
}

function decode(text) {
    try {
        return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch (e) {
        return text;
    }
}

function isFormat(extension) {
    return mediaType(extension) !== null;
}

/** "ttl" when ?format=ttl, "" without ?format=, null for an unknown format (400). */
function override(r) {
    var format = formatArgument(r);
    if (format === undefined) {
        return '';
    }
    return isFormat(format) ? format : null;
}

function choose(r, offers) {
    var forced = override(r);
    if (forced) {
        return offers.indexOf(forced) >= 0 ? forced : null;
    }
    return negotiate(r.headersIn.Accept, offers);
}

function exists(r, file) {
    try {
        fs.accessSync(r.variables.document_root + '/' + file);
        return true;
    } catch (e) {
        return false;
    }
}

/** A register IRI has a page at <path>.html; the site's own pages and the English copies are not IRIs. */
/** The file of the register validation report that a path (validation/ORG, with or without .html) names, or null. */
function registerValidation(r, path) {
    if (path.indexOf('validation/') !== 0) {
        return null;
    }
    var stem = path.length > 5 && path.substring(path.length - 5) === '.html' ? path.substring(0, path.length - 5) : path;
    if (stem.indexOf('/', 'validation/'.length) >= 0 || !exists(r, stem + '.html')) {
        return null;
    }
    return stem + '.html';
}

function isResource(r, path) {
    return path !== '' && SITE.notResources.indexOf(path) < 0 && path !== 'en' && path.indexOf('en/') !== 0
            && path.charAt(path.length - 1) !== '/' && exists(r, path + '.html');
}

function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
            .replace(/'/g, '&#39;');
}

function refuse(r, status, value) {
    var page = SITE.errors[String(status)].split(SITE.placeholder).join(escapeHtml(value));
    r.headersOut['Content-Type'] = 'text/html; charset=utf-8';
    r.return(status, page);
}

/** The path as the servlet sees it: decoded (and normalised by nginx), without the leading slash. */
function requestedPath(r) {
    return r.uri.substring(1);
}

/** Lets nginx send a file of the export, or answers 404 for the path asked when it is not there. */
function file(r, target) {
    if (exists(r, target)) {
        r.internalRedirect('/' + target);
    } else {
        refuse(r, 404, requestedPath(r));
    }
}

function seeOther(r, path) {
    r.return(303, '/' + path);
}

/** Every path that is not a file sent by nginx directly: the servlet's doGet, rule for rule. */
function dispatch(r) {
    var format = formatArgument(r);
    if (format !== undefined && !isFormat(format)) {
        refuse(r, 400, format);
        return;
    }
    var path = requestedPath(r);
    if (path === 'en' || path.indexOf('en/') === 0) {
        english(r, path === 'en' ? '' : path.substring(3));
        return;
    }
    var chosen;
    if (path === '') {
        chosen = choose(r, SITE.resourceOffers);
        if (chosen === null) {
            refuse(r, 406, '');
        } else if (chosen === 'html') {
            file(r, 'index.html');
        } else {
            seeOther(r, SITE.datasetDescription + '.' + chosen);
        }
        return;
    }
    if (path === 'index.html') {
        file(r, 'index.html');
        return;
    }
    if (path === 'validation' || path === 'validation.html') {
        file(r, 'validation.html');
        return;
    }
    if (path === 'validation/rapport' || path === 'validation/rapport.html') {
        file(r, 'validation/rapport.html');
        return;
    }
    // A register's own validation report (validation/ORG), a page of the site as /validation is: 200, no 303.
    var report = registerValidation(r, path);
    if (report !== null) {
        file(r, report);
        return;
    }
    if (path === SITE.datasetDescription) {
        chosen = choose(r, SITE.datasetDescriptionOffers);
        if (chosen === null) {
            refuse(r, 406, '');
        } else {
            // Normally answered by nginx's own location; kept for completeness.
            file(r, path + '.' + chosen);
        }
        return;
    }
    var dot = path.lastIndexOf('.');
    var slash = path.lastIndexOf('/');
    if (dot > slash && isFormat(path.substring(dot + 1))) {
        var stem = path.substring(0, dot);
        var extension = path.substring(dot + 1);
        if (stem === SITE.datasetDescription || (stem === SITE.dump && extension !== 'html')
                || isResource(r, stem)) {
            file(r, path);
            return;
        }
    }
    if (isResource(r, path)) {
        // The IRI names a thing, not a document: 303 to the document that describes it.
        chosen = choose(r, SITE.resourceOffers);
        if (chosen === null) {
            refuse(r, 406, '');
        } else {
            seeOther(r, path + '.' + chosen);
        }
        return;
    }
    refuse(r, 404, path);
}

function english(r, path) {
    if (path === '' || path === 'index.html') {
        file(r, 'en/index.html');
    } else if (path === 'validation' || path === 'validation.html') {
        file(r, 'en/validation.html');
    } else if (registerValidation(r, path) !== null) {
        file(r, 'en/' + registerValidation(r, path));
    } else {
        var stem = path.length > 5 && path.substring(path.length - 5) === '.html'
                ? path.substring(0, path.length - 5) : path;
        if (isResource(r, stem)) {
            file(r, 'en/' + stem + '.html');
        } else {
            refuse(r, 404, 'en/' + path);
        }
    }
}

/** For nginx's location of the dataset description: the extension to send, or "" (then dispatch refuses). */
function datasetDescriptionFormat(r) {
    if (override(r) === null) {
        return '';
    }
    var chosen = choose(r, SITE.datasetDescriptionOffers);
    return chosen === null ? '' : chosen;
}

/** "1" when ?format= names no format: nginx then lets dispatch answer 400 instead of sending the file. */
function badFormat(r) {
    return override(r) === null ? '1' : '';
}

export default {dispatch: dispatch, datasetDescriptionFormat: datasetDescriptionFormat, badFormat: badFormat,
    negotiate: negotiate};
