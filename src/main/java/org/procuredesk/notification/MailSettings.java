package org.procuredesk.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are e-mailed, when a mail server is configured ({@code spring.mail.host}).
 *
 * @param from    the sender of every e-mail
 * @param baseUrl where people open ProcureDesk; a notification's link is appended to it
 */
@ConfigurationProperties("procuredesk.mail")
record MailSettings(@DefaultValue("procuredesk@localhost") String from,
                    @DefaultValue("http://localhost:8080") String baseUrl) {

    String linkTo(String route) {
        return baseUrl.replaceAll("/+$", "") + "/" + route;
    }
}
