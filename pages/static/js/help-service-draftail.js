/* The "help service" button of the rich-text editor (pages/help_in_text.py).
 * It opens Wagtail's help-service chooser, asks which detail (phone number, chat, hours…) and
 * inserts a reference that the site renders with the service's details as they are at that moment.
 * Plain script, no build step: React, DraftJS and the chooser modal are Wagtail's own globals. */
(function () {
  'use strict';
  var React = window.React;
  var DraftJS = window.DraftJS;

  function insertReference(editorState, entityType, data, text) {
    var content = editorState.getCurrentContent().createEntity(entityType.type, 'IMMUTABLE', data);
    var entityKey = content.getLastCreatedEntityKey();
    content = DraftJS.Modifier.replaceText(content, editorState.getSelection(), text, null, entityKey);
    return DraftJS.EditorState.push(editorState, content, 'insert-characters');
  }

  function chooseDetail(entityType) {
    var keys = entityType.details.map(function (pair) { return pair[0]; });
    var choices = entityType.details.map(function (pair) { return pair[0] + ' (' + pair[1] + ')'; });
    var answer = window.prompt(entityType.detailPrompt + ' ' + choices.join(', '), keys[0]);
    if (answer === null) return null;
    answer = answer.trim();
    return keys.indexOf(answer) >= 0 ? answer : keys[0];
  }

  function HelpServiceSource(props) {
    React.useEffect(function () {
      var entityType = props.entityType;
      window.ModalWorkflow({
        url: entityType.chooserUrls.helpServiceChooser,
        onload: new window.ChooserModalOnloadHandlerFactory().getOnLoadHandlers(),
        responses: {
          chosen: function (chosen) {
            var detail = chooseDetail(entityType);
            if (detail === null) { props.onClose(); return; }
            var text = '[' + chosen.string + ': ' + detail + ']';
            props.onComplete(insertReference(
              props.editorState, entityType, { id: String(chosen.id), detail: detail, service: chosen.string }, text));
          },
        },
        onError: function () { props.onClose(); },
      });
    }, []);
    return null;
  }

  /* In the editor the reference looks different from typed text, and says where it comes from. */
  function HelpServiceReference(props) {
    var data = props.contentState.getEntity(props.entityKey).getData();
    return React.createElement('span', {
      className: 'help-service-reference',
      title: (data.service || '') + ' (' + data.detail + ')',
    }, props.children);
  }

  window.draftail.registerPlugin({
    type: 'HELP_SERVICE',
    source: HelpServiceSource,
    decorator: HelpServiceReference,
  }, 'entityTypes');
})();
