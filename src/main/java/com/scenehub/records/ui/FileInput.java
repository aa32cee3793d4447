package com.scenehub.records.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiConsumer;

/**
 * A file chooser that sends the chosen file to an upload handler. It uses a plain
 * {@code <input type=file>} and a small script (the production bundle has no upload component); when
 * the transfer ends the browser fires {@code sh-uploaded} and {@link #onUploaded} runs in the UI.
 * Checks of type, size and content stay in the services.
 */
public class FileInput extends Div {

    final Input input = new Input();

    public FileInput(String accept, BiConsumer<String, byte[]> receiver, Runnable onUploaded) {
        addClassName("sh-file-input");
        input.setType("file");
        input.getElement().setAttribute("accept", accept);
        input.getElement().setAttribute("target", UploadHandler.inMemory((metadata, data) ->
                receiver.accept(metadata.fileName(), data)));
        input.getElement().addEventListener("change", e -> input.getElement().executeJs("""
                const el = this;
                const file = el.files && el.files[0];
                if (!file) { return; }
                const body = new FormData();
                body.append('file', file, file.name);
                fetch(el.getAttribute('target'), {method: 'POST', body: body, credentials: 'same-origin'})
                  .finally(() => { el.value = ''; el.dispatchEvent(new CustomEvent('sh-uploaded')); });
                """));
        input.getElement().addEventListener("sh-uploaded", e -> onUploaded.run());
        add(input);
    }
}
