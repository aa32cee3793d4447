package com.scenehub.bulkimport.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.scenehub.bulkimport.ImportKind;
import com.scenehub.bulkimport.ImportReport;
import com.scenehub.bulkimport.ImportService;
import com.scenehub.bulkimport.RowProblem;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.Roles;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.component.upload.Upload;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Managers import requirements or supply items from Excel/CSV: the file is checked first and the
 * row-by-row report shown; nothing is written until the manager imports, and with errors only if they
 * choose to import the valid rows.
 */
@Route("import")
@RolesAllowed(Roles.MANAGER)
@Menu(title = "nav.import", order = 18, icon = "vaadin:upload")
public class ImportView extends Div implements HasDynamicTitle {

    private final transient ImportService imports;
    final ComboBox<ImportKind> kind = new ComboBox<>();
    final Checkbox onlyValid = new Checkbox();
    final Grid<RowProblem> problems = new Grid<>();
    final Span summary = new Span();
    final Button importButton;
    static final int MAX_BYTES = 10 * 1024 * 1024;
    Upload upload;
    String fileName;
    byte[] content;
    ImportReport lastReport;

    ImportView(ImportService imports) {
        this.imports = imports;
        addClassName("sh-page");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(ImportKind.REQUIREMENTS);
        kind.addValueChangeListener(e -> {
            if (content != null) {
                check();
            }
        });
        onlyValid.setLabel(getTranslation("import.only-valid"));
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            String csv = "\uFEFF" + String.join(",", imports.templateHeaders(kind.getValue())) + "\r\n";
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "import-template.csv", "text/csv", bytes.length);
        }), getTranslation("import.template"));
        template.getElement().setAttribute("download", true);

        java.util.concurrent.atomic.AtomicReference<Object[]> received = new java.util.concurrent.atomic.AtomicReference<>();
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received.set(new Object[] {metadata.fileName(), bytes})));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.addClassName("sh-upload");
        upload.addFileRejectedListener(e -> Toasts.errorKey("import.file-refused"));
        upload.addAllFinishedListener(e -> {
            Object[] file = received.getAndSet(null);
            upload.clearFileList();
            if (file != null) {
                receive((String) file[0], (byte[]) file[1]);
            }
        });
        problems.addColumn(RowProblem::row).setHeader(getTranslation("import.row")).setAutoWidth(true);
        problems.addColumn(RowProblem::column).setHeader(getTranslation("import.column")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray())).setHeader(getTranslation("import.problem")).setFlexGrow(3);
        problems.setEmptyStateText(getTranslation("import.no-problems"));
        importButton = new Button(getTranslation("import.run"), e -> runImport());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        add(new Paragraph(getTranslation("import.intro")), kind, template, upload,
                new Paragraph(getTranslation("import.limits")), onlyValid, importButton, summary, problems);
    }

    /** A file arrived: keep it and check it (nothing is written). */
    void receive(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        check();
    }

    void check() {
        try {
            lastReport = imports.check(kind.getValue(), fileName, content);
            problems.setItems(lastReport.problems());
            summary.setText(getTranslation("import.checked", fileName, lastReport.rows(), lastReport.invalidRows()));
            importButton.setEnabled(true);
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
            summary.setText(Toasts.message(refusal));
            problems.setItems();
            importButton.setEnabled(false);
        }
    }

    void runImport() {
        if (content == null) {
            return;
        }
        try {
            lastReport = imports.importFile(kind.getValue(), fileName, content, onlyValid.getValue());
            problems.setItems(lastReport.problems());
            if (lastReport.written()) {
                summary.setText(getTranslation("import.done", lastReport.imported(), lastReport.invalidRows()));
                Toasts.success("import.done", lastReport.imported(), lastReport.invalidRows());
                content = null;
                importButton.setEnabled(false);
            } else {
                summary.setText(getTranslation("import.nothing-written", lastReport.invalidRows()));
                Toasts.errorKey("import.nothing-written", lastReport.invalidRows());
            }
        } catch (BusinessRuleException refusal) {
            Toasts.error(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
