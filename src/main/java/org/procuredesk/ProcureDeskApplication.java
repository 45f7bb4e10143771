package org.procuredesk;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts ProcureDesk: the engine, the UI and the REST API in one application. The UI is pushed to: the
 * server updates an open page (e.g. the notification bell) over a WebSocket, or long polling where none opens.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme(themeClass = Lumo.class)
@Push
public class ProcureDeskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ProcureDeskApplication.class, args);
    }
}
