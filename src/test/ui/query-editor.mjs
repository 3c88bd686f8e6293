// Browser check of the query editor at /query, driven over the Chrome DevTools protocol (Node 20+, headless
// Chromium already started with --remote-debugging-port=9333). Opens the page, clicks catalogue question 07, runs it
// and checks the rows YASGUI shows. Exit code 0 when everything holds, 1 otherwise.
// Vérification dans un navigateur de l'éditeur de requêtes : voir run.sh à côté.
const base = process.argv[2];
const expectedButtons = Number(process.argv[3]);
const list = await (await fetch('http://127.0.0.1:9333/json/list')).json();
const page = list.find(t => t.type === 'page');
const ws = new WebSocket(page.webSocketDebuggerUrl);
let id = 0;
const pending = new Map();
ws.onmessage = (m) => {
  const d = JSON.parse(m.data);
  if (d.id && pending.has(d.id)) { pending.get(d.id)(d); pending.delete(d.id); }
};
await new Promise(r => ws.onopen = r);
const send = (method, params = {}) => new Promise(r => {
  const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params }));
});
const evaluate = async (expr) =>
  (await send('Runtime.evaluate', { expression: expr, awaitPromise: true, returnByValue: true })).result.result.value;
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function until(expr, ms) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(200)) {
    if (await evaluate(expr)) return true;
  }
  return false;
}
let failures = 0;
function check(what, ok, detail) {
  console.log((ok ? 'ok   ' : 'ÉCHEC / FAILED ') + what + (detail === undefined ? '' : ' : ' + detail));
  if (!ok) failures++;
}

await send('Page.enable');
await send('Page.navigate', { url: base + '/query' });
check('catalogue affiché / catalogue shown',
  await until(`document.querySelectorAll("#questions button").length === ${expectedButtons}`, 20000),
  await evaluate('document.querySelectorAll("#questions button").length'));
check('YASGUI chargé / YASGUI loaded', await until('!!document.querySelector(".yasqe_queryButton")', 20000));
await evaluate('[...document.querySelectorAll("#questions button")].find(b => b.title === "07-finalites-par-article").click()');
check('onglet ouvert avec le titre français / tab opened with the French title',
  await until('[...document.querySelectorAll(".tabsList .tab")].some(t => t.textContent.startsWith("Finalités qui s\'appuient sur un article donné"))', 10000));
const text = await evaluate('document.querySelector(".tabPanel.active .CodeMirror").CodeMirror.getValue()');
check('requête avec la valeur d\'exemple / query with the example value',
  text.includes('<https://w3id.org/registre/droit/css/L211-1>'));
await evaluate('document.querySelector(".tabPanel.active .yasqe_queryButton").click()');
check('12 lignes de résultat / 12 result rows',
  await until('document.querySelectorAll(".tabPanel.active .yasr table tbody tr").length === 12', 30000),
  await evaluate('document.querySelectorAll(".tabPanel.active .yasr table tbody tr").length'));
ws.close();
process.exit(failures === 0 ? 0 : 1);
