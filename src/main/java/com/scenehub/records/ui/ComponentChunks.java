package com.scenehub.records.ui;

import com.vaadin.flow.component.Component;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stopgap until the production bundle is rebuilt with the scene-workflow views: the committed bundle
 * loads web components per route, and routes it does not know get only the eager chunk (no grid,
 * select or dialog). On attach, this asks the browser to load the chunks of the foundation views that
 * use those components. Once the bundle is rebuilt it is harmless, and can be removed.
 */
public final class ComponentChunks {

    private static final List<String> VIEWS = List.of(
            "com.scenehub.referencedata.ui.ReferenceDataView",
            "com.scenehub.security.ui.UserAdminView",
            "com.scenehub.organisation.ui.OrganisationReviewView",
            "com.scenehub.notification.ui.NotificationsView",
            "com.scenehub.organisation.ui.RegistrationView",
            "com.scenehub.security.ui.SecurityEventsView");

    private static final List<String> KEYS = VIEWS.stream().map(ComponentChunks::sha256).toList();

    private ComponentChunks() {
    }

    public static void require(Component view) {
        view.addAttachListener(e -> {
            com.vaadin.flow.component.UI ui = e.getUI();
            if (com.vaadin.flow.component.ComponentUtil.getData(ui, "sh-chunks-loaded") != null) {
                return;
            }
            com.vaadin.flow.component.ComponentUtil.setData(ui, "sh-chunks-loaded", Boolean.TRUE);
            ui.getPage().executeJs("""
                    const keys = $0.split(',');
                    const flow = window.Vaadin && window.Vaadin.Flow;
                    if (!flow || !flow.loadOnDemand) { return false; }
                    return Promise.all(keys.map(k => { try { return flow.loadOnDemand(k); } catch (x) { return null; } }))
                        .then(() => true, () => true);
                    """, String.join(",", KEYS)).then(Boolean.class, loaded -> {
                        if (Boolean.TRUE.equals(loaded)) {
                            // Components created before their code arrived do not initialise; draw the view again.
                            ui.refreshCurrentRoute(false);
                        }
                    });
        });
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
