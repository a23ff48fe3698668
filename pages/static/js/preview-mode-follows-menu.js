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
  let ours = false; // the change event this script sends is not an editor's pick
  const askForTheMenusMode = () => {
    const menu = document.getElementById('id_preview_mode');
    const preview = document.getElementById('w-preview-iframe');
    if (!menu || !preview || !preview.src) return;
    const shown = new URL(preview.src, window.location.href).searchParams.get('mode') || '';
    if (shown === menu.value) return;
    ours = true;
    menu.dispatchEvent(new Event('change', { bubbles: true }));
    ours = false;
  };
  document.addEventListener('w-preview:loaded', () => setTimeout(askForTheMenusMode, 0));
  // An update can also end without loading a page (Wagtail's "w-preview:updated" comes at the end of
  // every one): the menu's mode is asked for then too, or a pick made during it would wait for nothing.
  document.addEventListener('w-preview:updated', () => setTimeout(askForTheMenusMode, 0));
  // A pick that no update was in flight for, but that Wagtail still let pass (the preview busy in another
  // way, a slow machine), gets no "loaded" event of its own: look again a little later, twice.
  document.addEventListener('change', (event) => {
    if (!ours && event.target && event.target.id === 'id_preview_mode') {
      setTimeout(askForTheMenusMode, 1500);
      setTimeout(askForTheMenusMode, 5000);
    }
  });
})();
