package com.careervault.api.calendar;

import com.careervault.contracts.dynamodb.CalendarFeedsTable;
import com.careervault.contracts.dynamodb.ReadModel;
import com.careervault.contracts.links.PublicUrls;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the calendar's data lives and the address the subscription URL is built on.
 *
 * @param feedsTable the API's guard table of hashed subscription secrets ({@code DYNAMODB_CALENDAR_FEEDS_TABLE},
 *        default {@code CareerVault-CalendarFeeds})
 * @param interviewsTable the read model's interviews ({@code DYNAMODB_INTERVIEWS_TABLE}, default
 *        {@code CareerVault-Interviews})
 * @param publicApiUrl the origin the web app and the API share ({@code PUBLIC_API_URL}, the notifier's
 *        setting of the same name): the feed's URL is {@code <publicApiUrl>/calendar/<secret>.ics}. Must be
 *        {@code https://}, or {@code http://} on a loopback host, else the API refuses to start: the URL is
 *        the credential
 */
@ConfigurationProperties("careervault.calendar")
public record CalendarProperties(String feedsTable, String interviewsTable, String publicApiUrl) {

    public CalendarProperties {
        feedsTable = feedsTable == null || feedsTable.isBlank() ? CalendarFeedsTable.DEFAULT_TABLE : feedsTable.trim();
        interviewsTable = interviewsTable == null || interviewsTable.isBlank() ? ReadModel.Interviews.DEFAULT_TABLE
                : interviewsTable.trim();
        publicApiUrl = PublicUrls.origin(publicApiUrl == null || publicApiUrl.isBlank() ? "http://localhost:8000"
                        : publicApiUrl, "PUBLIC_API_URL (careervault.calendar.public-api-url)",
                "the calendar subscription URL carries its secret");
    }
}
