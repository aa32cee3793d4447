package com.scenehub.matching;

import com.scenehub.shared.domain.AccessDeniedException;
import com.scenehub.shared.domain.BusinessRuleException;
import com.scenehub.shared.domain.NotFoundException;
import com.scenehub.shared.i18n.Translations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The authenticated JSON API of matching (HTTP Basic): ranked matches of an opportunity or a
 * requirement, opportunities for the signed-in provider, and search. Access is the services': a
 * provider never sees another organisation's unpublished records here.
 */
@RestController
@RequestMapping("/api/matching")
@Tag(name = "Matching", description = "Ranked, explained matches and search (DESIGN §6)")
@SecurityScheme(name = "basic", type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.HTTP, scheme = "basic")
@SecurityRequirement(name = "basic")
class MatchingApi {

    private final MatchingService matching;
    private final MatchingSearch search;
    private final MatchExplainer explainer;
    private final Translations translations;

    MatchingApi(MatchingService matching, MatchingSearch search, MatchExplainer explainer, Translations translations) {
        this.matching = matching;
        this.search = search;
        this.explainer = explainer;
        this.translations = translations;
    }

    @GetMapping("/opportunities/{id}/matches")
    @Operation(summary = "Listed supply items ranked for an opportunity",
            description = "Managers, experts and the demand enterprise that owns the opportunity. Each result has "
                    + "a score (0-100), machine-readable reasons and the reasons written out in the requested language.")
    @ApiResponse(responseCode = "200", description = "Ranked matches, best first")
    @ApiResponse(responseCode = "403", description = "Not the owner, or a role that may not see matches",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such opportunity in the index",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    List<ExplainedMatch> opportunityMatches(@PathVariable Long id,
            @Parameter(description = "Number of results (1-50)") @RequestParam(defaultValue = "10") int limit,
            @Parameter(description = "zh-CN (default) or en") @RequestParam(required = false) String lang,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        Locale locale = locale(lang, acceptLanguage);
        return matching.itemsFor(MatchKind.OPPORTUNITY, id, limit).stream().map(r -> explainer.explained(r, locale)).toList();
    }

    @GetMapping("/requirements/{id}/matches")
    @Operation(summary = "Listed supply items ranked for a requirement",
            description = "Managers, experts and the enterprise that owns the requirement.")
    @ApiResponse(responseCode = "200", description = "Ranked matches, best first")
    @ApiResponse(responseCode = "403", description = "Not the owner",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such requirement in the index",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    List<ExplainedMatch> requirementMatches(@PathVariable Long id, @RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        Locale locale = locale(lang, acceptLanguage);
        return matching.itemsFor(MatchKind.REQUIREMENT, id, limit).stream().map(r -> explainer.explained(r, locale)).toList();
    }

    @GetMapping("/opportunities/for-me")
    @Operation(summary = "Open opportunities ranked for the signed-in provider", description = "Role PROVIDER.")
    List<ExplainedMatch> opportunitiesForMe(@RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        Locale locale = locale(lang, acceptLanguage);
        return matching.opportunitiesForMe(limit).stream().map(r -> explainer.explained(r, locale)).toList();
    }

    @GetMapping("/search")
    @Operation(summary = "Full-text search with Chinese segmentation, English stemming and synonyms",
            description = "Published records, plus the caller's own organisation's unpublished ones; staff see all.")
    List<ExplainedMatch> search(@Parameter(description = "Query text, Chinese or English") @RequestParam String q,
            @Parameter(description = "SUPPLY_ITEM, PROVIDER, REQUIREMENT or OPPORTUNITY; repeatable")
            @RequestParam(required = false) Set<MatchKind> kind,
            @RequestParam(required = false) String sceneField, @RequestParam(required = false) String industryField,
            @RequestParam(required = false) String zoneArea, @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        return search.searchAsCurrentUser(q, new SearchFilters(kind, blank(sceneField), blank(industryField),
                blank(zoneArea)), locale(lang, acceptLanguage), limit);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ApiError> refused(BusinessRuleException refusal, jakarta.servlet.http.HttpServletRequest request) {
        String acceptLanguage = request.getParameter("lang") != null ? request.getParameter("lang")
                : request.getHeader("Accept-Language");
        HttpStatus status = refusal instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : refusal instanceof AccessDeniedException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        Locale locale = locale(null, acceptLanguage);
        return ResponseEntity.status(status).body(new ApiError(refusal.messageKey(),
                translations.translate(locale, refusal.messageKey(), refusal.arguments())));
    }

    /** A refusal: its translation key and the message in the requested language. */
    record ApiError(String key, String message) {
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Locale locale(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return Translations.parse(lang);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            return Translations.parse(acceptLanguage.split(",")[0].split(";")[0].trim());
        }
        return Translations.CHINESE;
    }
}
