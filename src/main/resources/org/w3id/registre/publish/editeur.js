// The query editor: YASGUI on this server's endpoint, and the question catalogue beside it. A file, not an inline
// script: the page's Content-Security-Policy runs scripts from this server only.
(function () {
  var config = JSON.parse(document.getElementById("registre-config").textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;
  document.getElementById("endpoint").textContent = endpoint;
  // Completion from this server only: no online prefix or vocabulary service.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.prefixCcApi = new URL("/query/prefixes.json", window.location.href).href;
  Yasgui.Yasqe.defaults.value = config.defaultQuery;
  Yasgui.defaults.yasqe = Yasgui.Yasqe.defaults;
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: "registre",
    tabName: "Requête / Query",
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });
  var list = document.getElementById("questions");
  config.catalogue.forEach(function (q) {
    var button = document.createElement("button");
    button.type = "button";
    button.title = q.name;
    var fr = document.createElement("strong");
    fr.textContent = q.titre;
    var en = document.createElement("span");
    en.className = "en";
    en.textContent = " / " + q.title;
    var rgpd = document.createElement("small");
    rgpd.textContent = q.rgpd;
    button.append(fr, en, rgpd);
    button.addEventListener("click", function () {
      yasgui.addTab(true, { name: q.titre, yasqe: { value: q.query },
                            requestConfig: { endpoint: endpoint } },
                    { avoidDuplicateTabs: true });
    });
    list.appendChild(button);
  });
})();
