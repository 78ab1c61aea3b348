"use strict";

// The preview: the frame a render of the form would show at the slider's time, asked for again when it changes.
// Shares studio.js's helpers ($, call, requestBody, clock).
const PREVIEW_DELAY_MS = 600;
const preview = { timer: null, busy: false, again: false, url: null };

function showPreviewTime() {
  $("preview-time-text").textContent = clock($("preview-time").value * 1000);
}

/** Asks for a new preview once the form has been still for a moment. */
function schedulePreview() {
  clearTimeout(preview.timer);
  preview.timer = setTimeout(updatePreview, PREVIEW_DELAY_MS);
}

/** One preview request at a time; a change made meanwhile asks again when it is answered. */
async function updatePreview() {
  if (preview.busy) {
    preview.again = true;
    return;
  }
  const status = $("preview-status");
  if (!$("script").value.trim() || !$("voice").value) {
    $("preview").hidden = true;
    $("preview-empty").hidden = false;
    status.textContent = "";
    return;
  }
  preview.busy = true;
  $("preview").classList.add("stale");
  status.classList.remove("error");
  status.textContent = "Updating the preview…";
  const t = $("preview-time").value;
  try {
    const response = await call(`/api/preview?t=${encodeURIComponent(t)}`, { method: "POST", body: requestBody() });
    const frameMs = Number(response.headers.get("X-Frame-Ms") || 0);
    const url = URL.createObjectURL(await response.blob());
    if (preview.url) URL.revokeObjectURL(preview.url);
    preview.url = url;
    const image = $("preview");
    image.src = url;
    image.alt = `Preview of the video at ${clock(frameMs)}`;
    image.hidden = false;
    $("preview-empty").hidden = true;
    status.textContent = frameMs + 1000 < t * 1000 ? `The video ends sooner: its last frame, at ${clock(frameMs)}.`
      : `The frame at ${clock(frameMs)}.`;
  } catch (e) {
    status.classList.add("error");
    status.textContent = e.message;
  } finally {
    $("preview").classList.remove("stale");
    preview.busy = false;
    if (preview.again) {
      preview.again = false;
      schedulePreview();
    }
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("render-form").addEventListener("input", schedulePreview);
  $("render-form").addEventListener("change", schedulePreview);
  $("preview-time").addEventListener("input", () => {
    showPreviewTime();
    schedulePreview();
  });
});
