"use strict";

// The stages of a render in order, coloured as report.html colours them (by order of appearance).
const STAGE_COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7",
  "#9c755f", "#bab0ac"];
const KNOWN_STAGES = ["script_parsing", "tts_generation", "audio_mixing", "avatar_generation", "video_composition"];
const STAGE_NAMES = {
  script_parsing: "Reading", tts_generation: "Speech", audio_mixing: "Sound", avatar_generation: "Presenter",
  video_composition: "Picture",
};
const WORDS_PER_SECOND = 2.5;
const PARAGRAPH_PAUSE_S = 0.6;
const DRAFT_SIZES = { "16:9": "640x360", "9:16": "360x640", "1:1": "540x540" };

const $ = (id) => document.getElementById(id);
let following = null;
let stages = [...KNOWN_STAGES];
let tokenPromise = null;

/** fetch for the API: JSON errors become Error(message); a 401 asks for the token once, then retries. */
async function call(path, options = {}) {
  const response = await fetch(path, { credentials: "same-origin", ...options });
  if (response.status === 401) {
    await askToken();
    return call(path, options);
  }
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return response;
}

async function api(path, options = {}) {
  const response = await call(path, options);
  return response.status === 204 ? null : response.json();
}

/** Shows the token dialog until POST /api/session accepts it; the session cookie then carries it. */
function askToken() {
  if (tokenPromise) return tokenPromise;
  tokenPromise = new Promise((resolve) => {
    const dialog = $("token-dialog");
    $("token-form").onsubmit = async (event) => {
      event.preventDefault();
      const response = await fetch("/api/session", {
        method: "POST", credentials: "same-origin", headers: { Authorization: `Bearer ${$("token").value}` },
      });
      if (response.ok) {
        dialog.close();
        tokenPromise = null;
        resolve();
      } else {
        $("token-error").textContent = "That token is not the one the server was started with.";
      }
    };
    dialog.showModal();
  });
  return tokenPromise;
}

function option(select, value, label, selected = false) {
  const o = new Option(label, value, selected, selected);
  select.add(o);
  return o;
}

async function loadChoices() {
  const [voices, looks] = await Promise.all([api("/api/voices"), api("/api/looks")]);
  const voice = $("voice");
  for (const engine of voices.engines.filter((e) => e.available)) {
    const group = document.createElement("optgroup");
    group.label = engine.name;
    for (const name of engine.voices) {
      const o = new Option(name + (name === engine.default ? " (default)" : ""), `${engine.name}/${name}`);
      group.append(o);
    }
    voice.append(group);
  }
  const preferred = voices.engines.find((e) => e.available);
  if (preferred) voice.value = `${preferred.name}/${preferred.default}`;
  looks.looks.forEach((name, i) => option($("look"), name, name, i === 0));
  looks.positions.forEach((name) => option($("position"), name, name, name === "bottom-right"));
  looks.aspects.forEach((name, i) => option($("aspect"), name, name, i === 0));
  looks.visualizers.forEach((name) => option($("visualizer"), name, name));
}

function showStats() {
  const text = $("script").value;
  const words = (text.match(/[\p{L}\p{N}]+/gu) || []).length;
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim()).length;
  const seconds = Math.round(words / WORDS_PER_SECOND + Math.max(0, paragraphs - 1) * PARAGRAPH_PAUSE_S);
  $("script-stats").textContent = `${words} ${words === 1 ? "word" : "words"} · about ${clock(seconds * 1000)}`;
  $("preview-time").max = Math.max(1, seconds);
  showPreviewTime();
}

function clock(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** The request's config, nested as in the YAML file. */
function config() {
  const [engine, voice] = $("voice").value.split("/");
  const aspect = $("aspect").value;
  const background = document.querySelector("input[name=background]:checked").value;
  const c = {
    speech: { engine, voice },
    avatar: { enabled: $("avatar").checked, look: $("look").value, position: $("position").value },
    video: $("size").value === "draft" ? { size: DRAFT_SIZES[aspect] } : { aspect },
    captions: { burn: $("captions").checked },
    visualizer: $("visualizer").value ? { enabled: true, style: $("visualizer").value } : { enabled: false },
    music: { skip: $("music").files.length === 0 },
  };
  if (background === "colour") c.background = $("background-colour").value;
  return c;
}

/** The render request as the form stands: script, config and uploads. A preview sends the same. */
function requestBody() {
  const body = new FormData();
  body.append("script", $("script").value);
  body.append("config", JSON.stringify(config()));
  const backgroundUpload = document.querySelector("input[name=background]:checked").value === "upload";
  if (backgroundUpload && $("background-file").files[0]) body.append("background", $("background-file").files[0]);
  if ($("music").files[0]) body.append("music", $("music").files[0]);
  if ($("avatar-image").files[0]) body.append("avatar_image", $("avatar-image").files[0]);
  return body;
}

async function submit(event) {
  event.preventDefault();
  $("form-error").textContent = "";
  const body = requestBody();
  $("render").disabled = true;
  try {
    const job = await api("/api/renders", { method: "POST", body });
    follow(job);
    refreshJobs();
  } catch (e) {
    $("form-error").textContent = e.message;
  } finally {
    $("render").disabled = false;
  }
}

/** Shows one job: live progress over SSE while it runs, the player once it is done. */
function follow(job) {
  if (following) following.close();
  following = null;
  stages = [...KNOWN_STAGES];
  $("idle").hidden = true;
  $("progress-box").hidden = false;
  $("player-box").hidden = true;
  $("job-title").textContent = job.title;
  show(job);
  if (job.state === "queued" || job.state === "running") {
    const events = new EventSource(`/api/renders/${job.id}/events`);
    following = events;
    const update = (event) => {
      const next = JSON.parse(event.data);
      show(next);
      if (!["queued", "running"].includes(next.state)) {
        events.close();
        following = null;
        refreshJobs();
      }
    };
    ["state", "stage", "progress"].forEach((name) => events.addEventListener(name, update));
  }
}

function show(job) {
  if (job.stage && !stages.includes(job.stage)) stages.push(job.stage);
  const list = $("stages");
  list.replaceChildren(...stages.map((stage, i) => {
    const li = document.createElement("li");
    li.textContent = STAGE_NAMES[stage] || stage.replace(/_/g, " ");
    li.style.background = STAGE_COLOURS[i % STAGE_COLOURS.length];
    const current = stages.indexOf(job.stage);
    if (job.state === "done" || i < current) li.className = "finished";
    else if (i === current && job.state === "running") li.className = "current";
    return li;
  }));
  $("progress").value = job.progress;
  const percent = Math.round(job.progress * 100);
  const eta = job.etaMs != null ? ` · about ${clock(job.etaMs)} left` : "";
  const what = job.state === "running" ? `${STAGE_NAMES[job.stage] || job.stage || "Starting"} — ${percent}%${eta}`
    : job.state === "queued" ? "Waiting for a free render slot…" : `${job.state} — ${percent}%`;
  $("progress-text").textContent = what;
  $("progress-text").dataset.state = job.state;
  $("job-error").textContent = job.error || "";
  if (job.state === "done") showPlayer(job);
}

function showPlayer(job) {
  const box = $("player-box");
  if (!box.hidden && box.dataset.id === job.id) return;
  box.dataset.id = job.id;
  box.hidden = false;
  $("player").src = job.links.video;
  $("download-video").href = job.links.video;
  $("download-srt").href = job.links.srt;
  $("download-vtt").href = job.links.vtt;
  $("report-link").href = job.links.report;
}

async function refreshJobs() {
  const page = await api("/api/renders?perPage=20");
  $("no-jobs").hidden = page.items.length > 0;
  $("job-list").replaceChildren(...page.items.map(jobItem));
}

function jobItem(job) {
  const li = document.createElement("li");
  const title = document.createElement("span");
  title.className = "title";
  title.textContent = job.title;
  const meta = document.createElement("span");
  meta.className = `meta state-${job.state}`;
  const when = new Date(job.createdAt).toLocaleString();
  meta.textContent = `${job.state}${job.state === "running" ? ` ${Math.round(job.progress * 100)}%` : ""} · ${when}`;
  const buttons = document.createElement("span");
  buttons.className = "buttons";
  buttons.append(button("Open", `Open ${job.title}`, () => follow(job)));
  const unfinished = job.state === "queued" || job.state === "running";
  buttons.append(button(unfinished ? "Cancel" : "Delete", `${unfinished ? "Cancel" : "Delete"} ${job.title}`,
    async () => {
      try {
        const after = await api(`/api/renders/${job.id}`, { method: "DELETE" });
        if (after) follow(after);
        else if ($("player-box").dataset.id === job.id) resetResult();
      } catch (e) {
        $("form-error").textContent = e.message;
      }
      refreshJobs();
    }));
  li.append(title, buttons, meta);
  return li;
}

function button(text, label, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "quiet";
  b.textContent = text;
  b.setAttribute("aria-label", label);
  b.addEventListener("click", onClick);
  return b;
}

function resetResult() {
  $("player").removeAttribute("src");
  $("player-box").hidden = true;
  $("player-box").dataset.id = "";
  $("progress-box").hidden = true;
  $("idle").hidden = false;
}

document.addEventListener("DOMContentLoaded", async () => {
  $("script").addEventListener("input", showStats);
  $("render-form").addEventListener("submit", submit);
  $("background-colour").addEventListener("input", () => {
    document.querySelector("input[name=background][value=colour]").checked = true;
  });
  $("background-file").addEventListener("change", () => {
    document.querySelector("input[name=background][value=upload]").checked = true;
  });
  showStats();
  try {
    await loadChoices();
    schedulePreview();
    await refreshJobs();
  } catch (e) {
    $("form-error").textContent = e.message;
  }
  setInterval(() => refreshJobs().catch(() => {}), 5000);
});
