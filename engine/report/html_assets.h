// The inline stylesheet and script of report.html. Both are fixed text (no data is ever
// interpolated into them), so the report needs no network and nothing from articles reaches code.
#ifndef CROSSCHECK_ENGINE_REPORT_HTML_ASSETS_H_
#define CROSSCHECK_ENGINE_REPORT_HTML_ASSETS_H_

namespace crosscheck::report {

inline constexpr const char* kReportCss = R"CSS(
:root{--bg:#f6f7f9;--card:#fff;--ink:#1d232b;--muted:#5d6875;--line:#dde2e8;--accent:#2f5fa7;
--contra:#c62828;--contra-bg:#fdecea;--anom:#a15c00;--anom-bg:#fff4e0;--agree:#2e7d32;--agree-bg:#e8f5e9;
--minor:#6a5acd;--minor-bg:#efedfb}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;overflow-wrap:break-word;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
header{padding:18px 24px 8px;background:#23324a;color:#fff}
header h1{margin:0 0 4px;font-size:22px;font-weight:600}
header p{margin:0;color:#c9d3e1}
main{padding:8px 24px 40px;max-width:1280px;margin:0 auto}
h2{font-size:18px;margin:24px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:14px 0 6px}
.filters{position:sticky;top:0;z-index:5;background:#e9edf3;border-bottom:1px solid var(--line);
 padding:8px 24px;display:flex;flex-wrap:wrap;gap:10px;align-items:center}
.filters label{font-size:13px;color:var(--muted)}
.filters select{font:inherit;font-size:13px;padding:2px 4px;max-width:220px}
.filters button{font:inherit;font-size:13px;padding:2px 10px;cursor:pointer}
#shown{margin-left:auto;font-size:13px;color:var(--muted)}
.tiles{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:12px}
.tile{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:110px}
.tile b{display:block;font-size:22px}
.tile span{font-size:12px;color:var(--muted)}
.grid{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
table{border-collapse:collapse;background:var(--card);font-size:13px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
td{overflow-wrap:anywhere}
table.docs{width:100%}
th{background:#eef1f5;font-weight:600}
td.num,th.num{text-align:right;white-space:nowrap}
.nowrap,.status-processed,.status-skipped{white-space:nowrap}
.event{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:10px 0}
.event>summary{cursor:pointer;padding:10px 14px;list-style:none;display:flex;flex-wrap:wrap;gap:8px;align-items:baseline}
.event>summary::-webkit-details-marker{display:none}
.event>summary::before{content:"\25B8";color:var(--muted)}
.event[open]>summary::before{content:"\25BE"}
.event>summary .eid{color:var(--muted);font-size:12px}
.event .body{padding:0 14px 14px;border-top:1px solid var(--line)}
.etype{font-weight:600;text-transform:uppercase;font-size:12px;letter-spacing:.04em;color:var(--accent)}
.edate{font-weight:600}
.support{color:var(--muted);font-size:13px}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;border:1px solid transparent}
.k-contradiction{color:var(--contra);background:var(--contra-bg)}
.k-anomaly{color:var(--anom);background:var(--anom-bg)}
.k-agreement{color:var(--agree);background:var(--agree-bg)}
.s-high{color:#fff;background:#b71c1c}.s-medium{color:#fff;background:#e07b00}
.s-low{color:#1d232b;background:#f3d36b}.s-info{color:#1d232b;background:#d6dde6}
.finding{border-left:4px solid var(--line);background:#fbfcfd;padding:6px 10px;margin:8px 0;border-radius:0 6px 6px 0}
.finding.fk-contradiction{border-left-color:var(--contra)}
.finding.fk-anomaly{border-left-color:var(--anom)}
.finding.fk-agreement{border-left-color:var(--agree)}
.finding .fh{display:flex;flex-wrap:wrap;gap:6px;align-items:center;font-size:13px}
.finding .fid{font-weight:600}
.finding code{font-size:12px;color:var(--muted)}
.finding .msg{margin:4px 0;font-weight:500}
.finding .why{margin:2px 0;color:var(--muted);font-size:13px}
.finding ul{margin:4px 0;padding-left:20px;font-size:13px}
.val{font-weight:600;background:#eef1f5;padding:0 4px;border-radius:3px}
table.slots td{overflow-wrap:break-word}
table.slots td:nth-child(-n+2),table.slots td:nth-child(4){white-space:nowrap}
table.slots td.conflict{background:var(--contra-bg);color:var(--contra);font-weight:600}
table.slots td.agree{background:var(--agree-bg)}
table.slots td.minority{background:var(--minor-bg)}
table.slots td.none{color:var(--muted)}
.legend{font-size:12px;color:var(--muted);margin:6px 0}
.legend span{padding:0 6px;margin-right:6px;border-radius:3px}
.legend .conflict{background:var(--contra-bg);color:var(--contra)}
.legend .agree{background:var(--agree-bg)}
.legend .minority{background:var(--minor-bg)}
.claim{margin:8px 0;padding:6px 10px;border:1px solid var(--line);border-radius:6px;background:#fff}
.claim .meta{font-size:12px;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 12px}
.claim .meta b{color:var(--ink)}
.claim blockquote{margin:6px 0 2px;padding:4px 10px;border-left:3px solid #b8c4d4;background:#f8fafc;white-space:pre-wrap;overflow-wrap:anywhere}
mark.hl{background:#fff1a8;border-radius:2px;padding:0 1px}
mark.hl-participant{background:#cfe3ff}
mark.hl-date{background:#ffe0b2}
mark.hl-initiator{background:#f8cbe0}
mark.hl-ordinal{background:#d9f2d0}
mark.hl-attribution{background:#e4dcf7}
mark.hl-trigger{background:#fff1a8;text-decoration:underline}
.flag{font-size:12px;color:var(--anom)}
.dropped{font-size:12px;color:var(--contra)}
tr.skipped td{background:#fff6f5}
.status-processed{color:var(--agree)}
.status-skipped{color:var(--contra);font-weight:600}
.empty{color:var(--muted);font-style:italic}
#selftest{display:none}
)CSS";

// Filters act on data-* attributes written by the report (tokens, never article text). The URL hash
// carries the filter (#kind=contradiction&severity=high&lang=uk&outlet=Reuters&open=all) so a view can
// be shared and tested; "#selftest" additionally writes visibility counts into <pre id="selftest">.
inline constexpr const char* kReportJs = R"JS(
(function () {
  'use strict';
  var d = document;
  var KEYS = ['kind', 'severity', 'lang', 'outlet'];
  var F = {kind: '', severity: '', lang: '', outlet: ''};
  function sel(k) { return d.getElementById('flt-' + k); }
  function has(list, v) { return !v || (' ' + (list || '') + ' ').indexOf(' ' + v + ' ') >= 0; }
  function each(q, fn) { var l = d.querySelectorAll(q); for (var i = 0; i < l.length; i++) fn(l[i]); return l.length; }
  function apply() {
    var shown = 0, total = 0, byFinding = !!(F.kind || F.severity);
    each('.finding', function (f) {
      var ok = (!F.kind || f.getAttribute('data-kind') === F.kind) &&
               (!F.severity || f.getAttribute('data-severity') === F.severity) &&
               has(f.getAttribute('data-langs'), F.lang) && has(f.getAttribute('data-outlets'), F.outlet);
      f.hidden = !ok; total++; if (ok) shown++;
    });
    each('.event', function (e) {
      e.hidden = byFinding ? !e.querySelector('.finding:not([hidden])')
                           : !(has(e.getAttribute('data-langs'), F.lang) && has(e.getAttribute('data-outlets'), F.outlet));
    });
    each('.claim, tr.row', function (c) {
      c.hidden = !(has(c.getAttribute('data-langs'), F.lang) && has(c.getAttribute('data-outlets'), F.outlet));
    });
    d.getElementById('shown').textContent = shown + ' of ' + total + ' findings shown';
  }
  function optionFor(k, name) {
    var s = sel(k); if (!s) return '';
    for (var i = 0; i < s.options.length; i++) {
      var o = s.options[i];
      if (o.value === name || o.getAttribute('data-name') === name) return o.value;
    }
    return null;
  }
  function writeHash() {
    var parts = [];
    KEYS.forEach(function (k) {
      if (!F[k]) return;
      var o = sel(k).selectedOptions[0];
      parts.push(k + '=' + encodeURIComponent(o.getAttribute('data-name') || o.value));
    });
    try { history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search); } catch (e) {}
  }
  function setOpen(open) { each('details.event', function (e) { e.open = open; }); }
  // Inside a closed <details> nothing is rendered; asking the layout would force Chromium to lay out
  // the collapsed subtree, element by element (minutes for 5,000 findings), so answer that first.
  function visible(el) {
    var p = el.parentElement && el.parentElement.closest('details:not([open])');
    if (p && !(el.tagName === 'SUMMARY' && el.parentElement === p)) return false;
    return el.getClientRects().length > 0;
  }
  function selftest() {
    var r = {title: d.title, findings: 0, findings_matching: 0, findings_visible: 0, events: 0, events_visible: 0, events_open: 0,
             claims: 0, claims_visible: 0, marks: 0, marks_visible: 0, highlights: 0, highlights_visible: 0,
             dropped: 0, pwned: !!d.querySelector('[data-pwned]'), ms: Math.round(performance.now())};
    each('.finding', function (f) { r.findings++; if (!f.hidden) r.findings_matching++; if (visible(f)) r.findings_visible++; });
    each('details.event', function (e) { r.events++; if (visible(e)) r.events_visible++; if (e.open) r.events_open++; });
    each('.claim', function (c) { r.claims++; if (visible(c)) r.claims_visible++; });
    each('.claim mark.hl', function (m) {
      var n = m.hasAttribute('data-n') ? +m.getAttribute('data-n') : 1;
      r.marks++; r.highlights += n;
      if (visible(m)) { r.marks_visible++; r.highlights_visible += n; }
    });
    each('.claim [data-dropped]', function (x) { r.dropped += +x.getAttribute('data-dropped') || 0; });
    var out = d.getElementById('selftest');
    out.textContent = JSON.stringify(r);
    d.documentElement.setAttribute('data-selftest', 'done');
  }
  function fromHash() {
    var h = location.hash.replace(/^#/, '');
    if (!h || (h.indexOf('=') < 0 && h !== 'selftest')) return false;
    var test = false, open = null;
    h.split('&').forEach(function (p) {
      var i = p.indexOf('='), k = i < 0 ? p : p.slice(0, i), v = i < 0 ? '' : decodeURIComponent(p.slice(i + 1));
      if (k === 'selftest') test = true;
      else if (k === 'open') open = v !== 'none';
      else if (KEYS.indexOf(k) >= 0) { var o = optionFor(k, v); F[k] = o === null ? '\u0000none' : o; if (o !== null) sel(k).value = o; }
    });
    if (open !== null) setOpen(open);
    apply();
    if (test) selftest();
    return true;
  }
  function reveal() {
    var id = location.hash.replace(/^#/, '');
    if (!id || id.indexOf('=') >= 0) return;
    var el = d.getElementById(id);
    for (var p = el; p; p = p.parentElement) if (p.tagName === 'DETAILS') p.open = true;
    if (el) el.scrollIntoView();
  }
  KEYS.forEach(function (k) {
    var s = sel(k);
    if (s) s.addEventListener('change', function () { F[k] = s.value; apply(); writeHash(); });
  });
  d.getElementById('reset').addEventListener('click', function () {
    KEYS.forEach(function (k) { F[k] = ''; sel(k).value = ''; }); apply(); writeHash();
  });
  d.getElementById('expand').addEventListener('click', function () { setOpen(true); });
  d.getElementById('collapse').addEventListener('click', function () { setOpen(false); });
  window.addEventListener('hashchange', function () { if (!fromHash()) reveal(); });
  if (!fromHash()) reveal();
})();
)JS";

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_HTML_ASSETS_H_
