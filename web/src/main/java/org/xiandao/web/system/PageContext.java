package org.xiandao.web.system;

import io.javalin.http.Context;
import org.xiandao.core.money.ChineseAmount;

/**
 * What every page needs besides its own data: the language, the request path (for the language
 * switch and the navigation), and how many synthetic records the store holds (for the banner).
 */
public record PageContext(Language language, String path, String query, long syntheticCount) {

    static final String COOKIE = "lang";

    /** @param syntheticCount how many synthetic records the store holds, for the banner */
    public static PageContext of(Context ctx, long syntheticCount) {
        return new PageContext(language(ctx), ctx.path(), ctx.queryString() == null ? "" : ctx.queryString(), syntheticCount);
    }

    public boolean synthetic() {
        return syntheticCount > 0;
    }

    /** {@code ?lang=} first (and remembered in a cookie), then the cookie, then the browser's Accept-Language. */
    public static Language language(Context ctx) {
        Language asked = Language.fromTag(ctx.queryParam("lang"));
        if (asked != null) {
            ctx.cookie(COOKIE, asked.tag(), 365 * 24 * 3600);
            return asked;
        }
        Language remembered = Language.fromTag(ctx.cookie(COOKIE));
        if (remembered != null) {
            return remembered;
        }
        String accept = ctx.header("Accept-Language");
        Language browser = accept == null ? null : Language.fromTag(accept.split(",")[0]);
        return browser == null ? Language.EN : browser;
    }

    public boolean zh() {
        return language.chinese();
    }

    public String t(String key, Object... args) {
        return Messages.get(language, key, args);
    }

    /** The current page in the other language. */
    public String switchLanguageHref() {
        String q = query.replaceAll("(^|&)lang=[^&]*", "").replaceAll("^&", "");
        return path + "?" + (q.isEmpty() ? "" : q + "&") + "lang=" + language.other().tag();
    }

    public String amount(long yuan) {
        return ChineseAmount.format(yuan, zh());
    }

    public String number(long n) {
        return String.format(language.locale(), "%,d", n);
    }

    public boolean active(String prefix) {
        return prefix.equals("/") ? path.equals("/") : path.startsWith(prefix);
    }
}
