// The preview shows the mode its menu names, also when the editor picks one while the preview is loading.
//
// Wagtail 8.0's preview panel drops a change of mode that comes while an update is under way: the
// update in flight already loads its page with the old mode, and the menu's change is answered with
// that update (PreviewController.setPreviewData returns the promise in flight). The editor picks
// "Engels" and keeps reading the Dutch page, and the Checks panel counts the Dutch words. Once an
// update has loaded ("w-preview:loaded", Wagtail's own event), this asks again for the mode the menu
// shows when the preview shows another. It asks on the next turn: Wagtail ends the update just after
// that event, and a request with nothing in flight is carried out.
(() => {
  const askForTheMenusMode = () => {
    const menu = document.getElementById('id_preview_mode');
    const preview = document.getElementById('w-preview-iframe');
    if (!menu || !preview || !preview.src) return;
    const shown = new URL(preview.src, window.location.href).searchParams.get('mode') || '';
    if (shown !== menu.value) menu.dispatchEvent(new Event('change', { bubbles: true }));
  };
  document.addEventListener('w-preview:loaded', () => setTimeout(askForTheMenusMode, 0));
})();
