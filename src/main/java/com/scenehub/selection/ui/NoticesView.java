package com.scenehub.selection.ui;

import com.scenehub.records.ui.Formats;
import com.scenehub.selection.ObjectionView;
import com.scenehub.selection.PublicNotice;
import com.scenehub.selection.SelectionService;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.security.AuthenticatedUser;
import com.scenehub.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.Map;

/** Public notices (公示) of proposed winners; registered users may object while a notice runs. */
@Route("notices")
@AnonymousAllowed
@Menu(title = "nav.notices", order = 46, icon = "vaadin:megaphone")
public class NoticesView extends Div implements HasDynamicTitle {

    private final transient SelectionService selection;
    private final transient AuthenticatedUser authenticatedUser;
    final Map<Long, TextArea> objectionFields = new HashMap<>();
    final Map<Long, Button> objectButtons = new HashMap<>();

    NoticesView(SelectionService selection, AuthenticatedUser authenticatedUser) {
        this.selection = selection;
        this.authenticatedUser = authenticatedUser;
        addClassName("sh-page");
        render();
    }

    void render() {
        removeAll();
        objectionFields.clear();
        objectButtons.clear();
        add(new H2(getTranslation("nav.notices")));
        Paragraph intro = new Paragraph(getTranslation("notice.intro"));
        intro.addClassName("sh-muted");
        add(intro);
        var notices = selection.currentNotices();
        if (notices.isEmpty()) {
            add(new Paragraph(getTranslation("notice.none")));
        }
        boolean signedIn = authenticatedUser.get().isPresent();
        for (PublicNotice n : notices) {
            Div card = new Div();
            card.addClassName("sh-notice-card");
            card.add(new H3(n.opportunityTitle()));
            card.add(new Paragraph(getTranslation("notice.winner", n.winnerName(), Formats.money(n.price()))));
            card.add(new Paragraph(getTranslation("notice.period", Formats.date(n.noticeStarts()),
                    Formats.date(n.noticeEnds()))));
            for (ObjectionView o : n.objections()) {
                Div line = new Div(Formats.time(o.filedAt()) + " · " + o.text()
                        + (o.resolved() ? " — " + getTranslation("selection.objection-resolution",
                                getTranslation(Boolean.TRUE.equals(o.upheld()) ? "selection.objection-upheld"
                                        : "selection.objection-dismissed"), o.resolution()) : ""));
                line.addClassName("sh-muted");
                card.add(line);
            }
            if (n.objectionsOpen()) {
                if (signedIn) {
                    TextArea text = new TextArea(getTranslation("notice.objection"));
                    text.setMaxLength(2000);
                    text.setWidthFull();
                    Button object = new Button(getTranslation("notice.file-objection"), e -> {
                        try {
                            selection.object(n.opportunityId(), text.getValue());
                            Toasts.success("notice.objection-filed");
                            render();
                        } catch (BusinessRuleException refusal) {
                            text.setInvalid(true);
                            text.setErrorMessage(Toasts.message(refusal));
                        }
                    });
                    object.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    objectionFields.put(n.opportunityId(), text);
                    objectButtons.put(n.opportunityId(), object);
                    card.add(text, object);
                } else {
                    card.add(new Paragraph(getTranslation("notice.sign-in-to-object")));
                }
            }
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notices");
    }
}
