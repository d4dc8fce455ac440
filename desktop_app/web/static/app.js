/* Wandelkompass phone voting. Plain JavaScript, no build step, no network beyond this server.
 *
 * The page keeps two maps per round: `saved` (what the server confirmed) and `wanted` (what the
 * participant tapped and the server has not confirmed yet, kept in localStorage). A vote leaves
 * `wanted` only when the server says 204, so a vote that fails is shown as not saved and sent
 * again, never lost. Writes go out one at a time, in order.
 */
(function () {
  "use strict";

  var TEXTS = {
    de: {
      docTitle: "Wandelkompass – Abstimmung",
      switchTo: "English",
      loadingTitle: "Verbindung wird aufgebaut …",
      waitingTitle: "Gleich geht es los",
      waitingText: "Die Moderation hat die Abstimmung noch nicht gestartet. Diese Seite aktualisiert sich von selbst.",
      goneTitle: "Diese Adresse gilt nicht mehr",
      goneText: "Die Abstimmung wurde neu gestartet oder beendet. Bitte scannen Sie den QR-Code am Projektor noch einmal.",
      roleTitle: "Willkommen!",
      roleText: "Ihre Bewertungen bleiben anonym. Damit die Ergebnisse nach Blickwinkeln gezeigt werden können, wählen Sie bitte einmal Ihre Rollengruppe.",
      roleLegend: "Meine Rollengruppe",
      roleSubmit: "Weiter",
      roleMissing: "Bitte wählen Sie eine Rollengruppe.",
      roleLocked: "Die Rollengruppe lässt sich nach der ersten Bewertung dieser Runde nicht mehr ändern.",
      roleFailed: "Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.",
      progress: "{n} von {total} bewertet",
      position: "Aussage {i} von {total}",
      overviewButton: "Übersicht",
      helpToggle: "Hinweis zur Aussage",
      question: "Wie weit ist das heute erreicht?",
      unknown: "weiß nicht",
      notRelevant: "nicht relevant",
      saving: "Wird gespeichert …",
      saved: "✓ Gespeichert",
      notYet: "Noch nicht bewertet",
      failed: "Nicht gespeichert.",
      failedOffline: "Nicht gespeichert – keine Verbindung.",
      rejected: "Diese Bewertung wurde nicht angenommen.",
      retry: "Erneut senden",
      clearVote: "Bewertung zurücknehmen",
      prev: "← Zurück",
      next: "Weiter →",
      nextLast: "Zur Übersicht →",
      navLabel: "Blättern",
      overviewTitle: "Übersicht",
      overviewSummary: "{n} von {total} bewertet, {open} noch offen.",
      overviewDone: "Alle {total} Aussagen sind bewertet. Sie können Ihre Bewertungen ändern, bis die Moderation die Runde beendet.",
      firstOpen: "Zur ersten offenen Aussage",
      statusOpen: "offen",
      statusUnsaved: "nicht gespeichert",
      roleCurrent: "Ihre Rollengruppe: {group}",
      changeRole: "Rollengruppe ändern",
      closedTitle: "Die Runde ist beendet",
      closedText: "Vielen Dank! Die Ergebnisse bespricht die Moderation gemeinsam am Projektor.",
      closedUnsavedOne: "1 Bewertung konnte nicht mehr gespeichert werden.",
      closedUnsavedMany: "{n} Bewertungen konnten nicht mehr gespeichert werden.",
      offline: "Keine Verbindung zum Laptop. Ihre Bewertungen werden gesendet, sobald sie wieder steht."
    },
    en: {
      docTitle: "Wandelkompass – voting",
      switchTo: "Deutsch",
      loadingTitle: "Connecting …",
      waitingTitle: "Starting soon",
      waitingText: "The moderator has not started the vote yet. This page updates by itself.",
      goneTitle: "This address is no longer valid",
      goneText: "The vote was restarted or has ended. Please scan the QR code on the projector again.",
      roleTitle: "Welcome!",
      roleText: "Your ratings stay anonymous. So that the results can be shown by perspective, please choose your role group once.",
      roleLegend: "My role group",
      roleSubmit: "Continue",
      roleMissing: "Please choose a role group.",
      roleLocked: "The role group cannot be changed after your first rating in this round.",
      roleFailed: "That did not work. Please try again.",
      progress: "{n} of {total} rated",
      position: "Statement {i} of {total}",
      overviewButton: "Overview",
      helpToggle: "Notes on this statement",
      question: "How far is this achieved today?",
      unknown: "don't know",
      notRelevant: "not relevant",
      saving: "Saving …",
      saved: "✓ Saved",
      notYet: "Not rated yet",
      failed: "Not saved.",
      failedOffline: "Not saved – no connection.",
      rejected: "This rating was not accepted.",
      retry: "Send again",
      clearVote: "Withdraw rating",
      prev: "← Back",
      next: "Next →",
      nextLast: "To the overview →",
      navLabel: "Browse",
      overviewTitle: "Overview",
      overviewSummary: "{n} of {total} rated, {open} still open.",
      overviewDone: "All {total} statements are rated. You can change your ratings until the moderator ends the round.",
      firstOpen: "Go to the first open statement",
      statusOpen: "open",
      statusUnsaved: "not saved",
      roleCurrent: "Your role group: {group}",
      changeRole: "Change role group",
      closedTitle: "The round has ended",
      closedText: "Thank you! The moderator will discuss the results with everyone on the projector.",
      closedUnsavedOne: "1 rating could not be saved any more.",
      closedUnsavedMany: "{n} ratings could not be saved any more.",
      offline: "No connection to the laptop. Your ratings will be sent as soon as the connection is back."
    }
  };

  var KEYS = { device: "wk.device", lang: "wk.lang", group: "wk.group", pending: "wk.pending" };
  var DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/;
  var REQUEST_TIMEOUT_MS = 8000;
  var HEARTBEAT_MS = 10000;

  var store = openStore();
  var pollMs = Math.max(250, parseInt(document.body.getAttribute("data-poll-ms"), 10) || 4000);
  var state = {
    lang: store.get(KEYS.lang) === "en" ? "en" : "de",
    device: deviceId(),
    group: store.get(KEYS.group),
    ballot: null,
    etag: null,
    byId: {},
    saved: {},
    wanted: {},
    failed: {},
    rejected: {},
    sending: null,
    index: 0,
    screen: "loading",
    view: "statement",
    choosingRole: false,
    online: true,
    lastSeen: 0
  };

  // ------------------------------------------------------------------ small helpers

  function $(id) { return document.getElementById(id); }

  function t(key, values) {
    var text = TEXTS[state.lang][key];
    if (values) {
      Object.keys(values).forEach(function (name) {
        text = text.split("{" + name + "}").join(String(values[name]));
      });
    }
    return text;
  }

  function local(pair) { return pair[state.lang] || pair.de; }

  function openStore() {
    // localStorage can be missing or throw (private mode, storage full): fall back to memory.
    var memory = {};
    function ok() { try { return !!window.localStorage; } catch (e) { return false; } }
    var usable = ok();
    return {
      get: function (key) {
        if (usable) { try { return window.localStorage.getItem(key); } catch (e) { usable = false; } }
        return Object.prototype.hasOwnProperty.call(memory, key) ? memory[key] : null;
      },
      set: function (key, value) {
        memory[key] = value;
        if (usable) { try { window.localStorage.setItem(key, value); } catch (e) { usable = false; } }
      },
      remove: function (key) {
        delete memory[key];
        if (usable) { try { window.localStorage.removeItem(key); } catch (e) { usable = false; } }
      }
    };
  }

  function deviceId() {
    // Random, anonymous, kept on this phone. (crypto's UUID helper exists on HTTPS pages only.)
    var id = store.get(KEYS.device);
    if (id && DEVICE_ID.test(id)) { return id; }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    id = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    store.set(KEYS.device, id);
    return id;
  }

  function request(method, path, body, etag) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
    var init = { method: method, headers: {}, cache: "no-store", signal: controller.signal };
    if (body) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    if (etag) { init.headers["If-None-Match"] = etag; }
    return fetch(path, init).then(function (response) {
      clearTimeout(timer);
      setOnline(true);
      return response;
    }, function (error) {
      clearTimeout(timer);
      setOnline(false);
      throw error;
    });
  }

  function errorCode(response) {
    return response.json().then(function (data) { return data.error || ""; }, function () { return ""; });
  }

  // ------------------------------------------------------------------ votes of this round

  function shown(id) {
    return Object.prototype.hasOwnProperty.call(state.wanted, id) ? state.wanted[id] : (state.saved[id] || null);
  }

  function unsaved(id) {
    return Object.prototype.hasOwnProperty.call(state.wanted, id);
  }

  function ratedCount() {
    return state.ballot.statements.filter(function (s) { return shown(s.id); }).length;
  }

  function persistPending() {
    if (!state.ballot || Object.keys(state.wanted).length === 0) { store.remove(KEYS.pending); return; }
    store.set(KEYS.pending, JSON.stringify({ round: state.ballot.round, wanted: state.wanted }));
  }

  function restorePending() {
    state.wanted = {};
    try {
      var pending = JSON.parse(store.get(KEYS.pending) || "null");
      if (pending && pending.round === state.ballot.round && pending.wanted) {
        Object.keys(pending.wanted).forEach(function (id) {
          if (state.byId[id] !== undefined) { state.wanted[id] = pending.wanted[id]; }
        });
      }
    } catch (e) { /* unreadable leftovers of an older page: nothing to resend */ }
  }

  function choose(vote) {
    var statement = current();
    state.wanted[statement.id] = vote;
    delete state.failed[statement.id];
    delete state.rejected[statement.id];
    persistPending();
    render();
    pump();
  }

  function pump() {
    if (state.sending !== null || !state.ballot || !state.ballot.open) { return; }
    var id = Object.keys(state.wanted).filter(function (key) { return !state.failed[key]; })[0];
    if (id === undefined) { return; }
    var vote = state.wanted[id];
    state.sending = id;
    render();
    var sent = vote
      ? request("PUT", "api/vote", { device: state.device, statement: id, kind: vote.kind, level: vote.level })
      : request("DELETE", "api/vote", { device: state.device, statement: id });
    sent.then(function (response) {
      if (response.status === 204) {
        if (vote) { state.saved[id] = vote; } else { delete state.saved[id]; }
        if (state.wanted[id] === vote) { delete state.wanted[id]; }
        return true;
      }
      return errorCode(response).then(function (code) { return afterRefusal(id, code); });
    }, function () {
      state.failed[id] = true;
      return false;
    }).then(function (goOn) {
      state.sending = null;
      persistPending();
      render();
      if (goOn) { pump(); }
    });
  }

  function afterRefusal(id, code) {
    if (code === "not_joined" && state.group) {
      // The laptop forgot this phone (restarted): join again with the stored group, resend.
      return join(state.group).then(function (ok) {
        if (!ok) { state.failed[id] = true; }
        return ok;
      });
    }
    if (code === "round_closed" || code === "unknown_statement") {
      state.failed[id] = true;
      return refreshBallot().then(function () { return false; });
    }
    if (code === "bad_vote" || code === "bad_request") {
      delete state.wanted[id];
      state.rejected[id] = true;
      return true;
    }
    state.failed[id] = true;  // busy (429) or a server error: kept, shown, retried
    return false;
  }

  function retryFailed() {
    if (Object.keys(state.failed).length === 0) { return; }
    state.failed = {};
    pump();
  }

  // ------------------------------------------------------------------ talking to the laptop

  function refreshBallot() {
    return request("GET", "api/ballot", null, state.ballot ? state.etag : null).then(function (response) {
      if (response.status === 304) { return null; }
      if (response.status === 404) {  // a new session (new token) or the server was closed
        state.ballot = null;
        show("gone");
        return null;
      }
      if (response.ok) {
        state.etag = response.headers.get("ETag");
        return response.json().then(useBallot);
      }
      return errorCode(response).then(function (code) {
        if (code === "no_round") {
          state.ballot = null;
          show("waiting");
        }
      });
    }, function () { render(); });
  }

  function useBallot(ballot) {
    var newRound = !state.ballot || state.ballot.round !== ballot.round;
    state.ballot = ballot;
    state.byId = {};
    ballot.statements.forEach(function (s, i) { state.byId[s.id] = i; });
    if (newRound) {
      state.index = 0;
      state.saved = {};
      state.failed = {};
      state.rejected = {};
      restorePending();
      buildOverview();
      state.view = "statement";
    }
    route();
    if (newRound && state.group && knownGroup(state.group)) { return loadVotes(); }
    return null;
  }

  function knownGroup(id) {
    return state.ballot.role_groups.some(function (g) { return g.id === id; });
  }

  function loadVotes(rejoined) {
    var query = "api/votes?device=" + encodeURIComponent(state.device);
    return request("GET", query).then(function (response) {
      if (response.ok) {
        return response.json().then(function (data) {
          state.saved = {};
          data.votes.forEach(function (vote) {
            state.saved[vote.statement] = { kind: vote.kind, level: vote.level };
          });
          render();
          pump();
        });
      }
      return errorCode(response).then(function (code) {
        if (code === "not_joined" && !rejoined && state.group) {
          return join(state.group).then(function (ok) { return ok ? loadVotes(true) : null; });
        }
        return null;
      });
    }, function () { render(); });
  }

  function join(groupId) {
    return request("POST", "api/join", { device: state.device, role_group: groupId }).then(function (response) {
      if (response.status === 204) {
        state.group = groupId;
        store.set(KEYS.group, groupId);
        return true;
      }
      return errorCode(response).then(function (code) {
        if (code === "unknown_role_group") {
          state.group = null;
          store.remove(KEYS.group);
          route();
        }
        $("role-error").textContent = code === "bad_vote" ? t("roleLocked") : t("roleFailed");
        return false;
      });
    }, function () {
      $("role-error").textContent = t("offline");
      return false;
    });
  }

  function heartbeat() {
    var now = Date.now();
    if (!state.group || now - state.lastSeen < HEARTBEAT_MS) { return; }
    state.lastSeen = now;
    request("POST", "api/seen", { device: state.device }).then(null, function () { render(); });
  }

  function poll() {
    refreshBallot().then(function () {
      if (state.ballot && state.ballot.open && state.online) {
        heartbeat();
        retryFailed();
        pump();
      }
    }).then(null, function () { /* shown by setOnline */ }).then(function () {
      setTimeout(poll, pollMs);
    });
  }

  // ------------------------------------------------------------------ screens

  function current() { return state.ballot.statements[state.index]; }

  function route() {
    if (!state.ballot) { show("waiting"); return; }
    if (!state.ballot.open) { show("closed"); return; }
    if (!state.group || !knownGroup(state.group) || state.choosingRole) { show("role"); return; }
    show(state.view);
  }

  function open(view) {
    state.view = view;
    route();
  }

  function show(screen) {
    var changed = screen !== state.screen;
    state.screen = screen;
    ["loading", "waiting", "gone", "role", "statement", "overview", "closed"].forEach(function (name) {
      $("screen-" + name).hidden = name !== screen;
    });
    render();
    if (changed) { focusHeading(); }
  }

  function focusHeading() {
    var heading = document.querySelector("#screen-" + state.screen + " h1");
    window.scrollTo(0, 0);
    if (heading) { heading.focus({ preventScroll: true }); }
  }

  function goTo(index) {
    state.index = Math.max(0, Math.min(index, state.ballot.statements.length - 1));
    $("help").open = false;
    if (state.screen !== "statement") { open("statement"); return; }
    render();
    focusHeading();
  }

  // ------------------------------------------------------------------ rendering (writes only)

  function applyTexts() {
    document.documentElement.lang = state.lang;
    document.title = t("docTitle");
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (el) {
      el.textContent = t(el.getAttribute("data-t"));
    });
    document.querySelector("nav.steps").setAttribute("aria-label", t("navLabel"));
    var other = state.lang === "de" ? "en" : "de";
    $("lang").textContent = t("switchTo");
    $("lang").setAttribute("lang", other);
  }

  function render() {
    $("connection").hidden = state.online;
    $("connection").textContent = state.online ? "" : t("offline");
    if (!state.ballot) { return; }
    if (state.screen === "role") { renderRole(); }
    if (state.screen === "statement") { renderStatement(); }
    if (state.screen === "overview") { renderOverview(); }
    if (state.screen === "closed") { renderClosed(); }
  }

  function renderRole() {
    $("ballot-title").textContent = state.ballot.title;
    var box = $("role-options");
    var ids = state.ballot.role_groups.map(function (g) { return g.id; }).join("\n");
    if (box.getAttribute("data-groups") !== ids) {
      box.textContent = "";
      state.ballot.role_groups.forEach(function (group) {
        var label = document.createElement("label");
        label.className = "choice";
        var input = document.createElement("input");
        input.type = "radio";
        input.name = "group";
        input.value = group.id;
        input.checked = group.id === state.group;
        var span = document.createElement("span");
        label.appendChild(input);
        label.appendChild(span);
        box.appendChild(label);
      });
      box.setAttribute("data-groups", ids);
    }
    Array.prototype.forEach.call(box.querySelectorAll("label"), function (label, i) {
      label.lastChild.textContent = local(state.ballot.role_groups[i].label);
    });
  }

  function levelButtons() {
    var box = $("levels");
    if (box.children.length === 0) {
      for (var level = 0; level < 5; level += 1) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "answer level";
        button.setAttribute("data-level", String(level));
        button.setAttribute("aria-pressed", "false");
        var name = document.createElement("span");
        name.className = "level-name";
        var anchor = document.createElement("span");
        anchor.className = "level-anchor";
        button.appendChild(name);
        button.appendChild(anchor);
        box.appendChild(button);
      }
    }
    return box.children;
  }

  function renderStatement() {
    var statement = current();
    var total = state.ballot.statements.length;
    var vote = shown(statement.id);
    $("progress").textContent = t("progress", { n: ratedCount(), total: total });
    $("position").textContent = statement.id + " · " + t("position", { i: state.index + 1, total: total });
    $("dimension").textContent = local(statement.dimension);
    $("statement-text").textContent = local(statement.text);
    $("help-text").textContent = local(statement.help);
    $("help").hidden = !local(statement.help);
    Array.prototype.forEach.call(levelButtons(), function (button, level) {
      button.firstChild.textContent = level + " · " + local(state.ballot.scale[level]);
      button.lastChild.textContent = local(statement.levels[level]);
      press(button, !!vote && vote.kind === "rated" && vote.level === level);
    });
    press($("answer-unknown"), !!vote && vote.kind === "unknown");
    press($("answer-not-relevant"), !!vote && vote.kind === "not_relevant");
    var status = t("notYet");
    var tone = "muted";
    var failed = !!state.failed[statement.id];
    if (state.rejected[statement.id]) { status = t("rejected"); tone = "error"; }
    else if (failed) { status = t(state.online ? "failed" : "failedOffline"); tone = "error"; }
    else if (unsaved(statement.id)) { status = t("saving"); tone = ""; }
    else if (vote) { status = t("saved"); tone = "ok"; }
    var line = $("save-status");
    if (line.textContent !== status) { line.textContent = status; }
    line.className = "save-status " + tone;
    $("retry").hidden = !failed;
    $("clear-vote").hidden = !vote;
    $("prev").disabled = state.index === 0;
    $("next").textContent = state.index === total - 1 ? t("nextLast") : t("next");
  }

  function press(button, pressed) {
    var value = pressed ? "true" : "false";
    if (button.getAttribute("aria-pressed") !== value) { button.setAttribute("aria-pressed", value); }
  }

  function voteLabel(vote) {
    if (!vote) { return t("statusOpen"); }
    if (vote.kind === "unknown") { return t("unknown"); }
    if (vote.kind === "not_relevant") { return t("notRelevant"); }
    return vote.level + " · " + local(state.ballot.scale[vote.level]);
  }

  function buildOverview() {
    var list = $("overview-list");
    list.textContent = "";
    var fragment = document.createDocumentFragment();
    var heading = null;
    var items = null;
    state.ballot.statements.forEach(function (statement, index) {
      var dimension = statement.dimension.de;
      if (!heading || heading.getAttribute("data-dimension") !== dimension) {
        heading = document.createElement("h2");
        heading.setAttribute("data-dimension", dimension);
        heading.setAttribute("data-index", String(index));
        items = document.createElement("ul");
        fragment.appendChild(heading);
        fragment.appendChild(items);
      }
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "jump";
      button.setAttribute("data-index", String(index));
      var text = document.createElement("span");
      text.className = "jump-text";
      var status = document.createElement("span");
      status.className = "jump-status";
      button.appendChild(text);
      button.appendChild(status);
      item.appendChild(button);
      items.appendChild(item);
    });
    list.appendChild(fragment);
  }

  function renderOverview() {
    var total = state.ballot.statements.length;
    var rated = ratedCount();
    $("overview-summary").textContent = rated === total
      ? t("overviewDone", { total: total })
      : t("overviewSummary", { n: rated, total: total, open: total - rated });
    $("first-open").hidden = rated === total;
    Array.prototype.forEach.call($("overview-list").querySelectorAll("h2"), function (h2) {
      h2.textContent = local(state.ballot.statements[Number(h2.getAttribute("data-index"))].dimension);
    });
    Array.prototype.forEach.call($("overview-list").querySelectorAll("button.jump"), function (button) {
      var statement = state.ballot.statements[Number(button.getAttribute("data-index"))];
      var vote = shown(statement.id);
      var label = voteLabel(vote);
      if (vote && (unsaved(statement.id) || state.failed[statement.id])) { label += " – " + t("statusUnsaved"); }
      button.firstChild.textContent = statement.id + " · " + local(statement.text);
      button.lastChild.textContent = label;
      button.className = "jump" + (vote ? " done" : " open") + (state.failed[statement.id] ? " unsaved" : "");
    });
    var group = state.ballot.role_groups.filter(function (g) { return g.id === state.group; })[0];
    $("role-current").textContent = group ? t("roleCurrent", { group: local(group.label) }) : "";
    var anySaved = Object.keys(state.saved).length > 0 || Object.keys(state.wanted).length > 0;
    $("change-role").hidden = anySaved;
  }

  function renderClosed() {
    var lost = Object.keys(state.wanted).length;
    $("closed-unsaved").hidden = lost === 0;
    $("closed-unsaved").textContent = lost === 1 ? t("closedUnsavedOne") : t("closedUnsavedMany", { n: lost });
  }

  function setOnline(online) {
    if (state.online !== online) {
      state.online = online;
      render();
    }
  }

  // ------------------------------------------------------------------ events

  function onLevels(event) {
    var button = event.target.closest("button[data-level]");
    if (button) { choose({ kind: "rated", level: Number(button.getAttribute("data-level")) }); }
  }

  function onOverview(event) {
    var button = event.target.closest("button.jump");
    if (button) { goTo(Number(button.getAttribute("data-index"))); }
  }

  function onRoleSubmit(event) {
    event.preventDefault();
    var checked = document.querySelector("#role-options input:checked");
    if (!checked) { $("role-error").textContent = t("roleMissing"); return; }
    $("role-error").textContent = "";
    join(checked.value).then(function (ok) {
      if (!ok) { return null; }
      state.choosingRole = false;
      route();
      return loadVotes();
    });
  }

  function firstOpen() {
    var index = 0;
    state.ballot.statements.some(function (s, i) { index = i; return !shown(s.id); });
    goTo(index);
  }

  function bind() {
    $("lang").addEventListener("click", function () {
      state.lang = state.lang === "de" ? "en" : "de";
      store.set(KEYS.lang, state.lang);
      applyTexts();
      render();
    });
    $("role-form").addEventListener("submit", onRoleSubmit);
    $("levels").addEventListener("click", onLevels);
    $("answer-unknown").addEventListener("click", function () { choose({ kind: "unknown", level: null }); });
    $("answer-not-relevant").addEventListener("click", function () { choose({ kind: "not_relevant", level: null }); });
    $("clear-vote").addEventListener("click", function () { choose(null); });
    $("retry").addEventListener("click", retryFailed);
    $("prev").addEventListener("click", function () { goTo(state.index - 1); });
    $("next").addEventListener("click", function () {
      if (state.index === state.ballot.statements.length - 1) { open("overview"); } else { goTo(state.index + 1); }
    });
    $("to-overview").addEventListener("click", function () { open("overview"); });
    $("overview-list").addEventListener("click", onOverview);
    $("first-open").addEventListener("click", firstOpen);
    $("change-role").addEventListener("click", function () {
      state.choosingRole = true;
      route();
    });
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) { refreshBallot(); }
    });
  }

  applyTexts();
  bind();
  refreshBallot().then(function () { setTimeout(poll, pollMs); });
}());
