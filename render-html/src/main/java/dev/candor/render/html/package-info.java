/**
 * HTML renderers: {@link dev.candor.render.html.HtmlRenderer} ({@code "html"}, a self-contained
 * page with inline CSS and SVG charts) and {@link dev.candor.render.html.HtmlEmailRenderer} ({@code
 * "html-email"}, e-mail-safe HTML with inline styles and no SVG).
 *
 * <h2>Overriding templates</h2>
 *
 * <p>The pages are drawn by Mustache templates under {@code dev/candor/render/html/} in this jar:
 * {@code page.mustache} (the page), with partials {@code style} (CSS), {@code overall}, {@code
 * health}, {@code badge}, {@code block} (dispatches on the block kind), {@code list}, {@code
 * table}, {@code cell}, {@code facts}, {@code group}, {@code timeline}, {@code budget} and {@code
 * heatmap}; and {@code email.mustache} with {@code email-block}, {@code email-table}, {@code
 * email-cell} and {@code email-badge}. Any of them can be replaced by a file of the same name:
 *
 * <pre>{@code
 * Renderer html = new HtmlRenderer(HtmlOptions.builder()
 *     .templateDirectory(Path.of("my-templates"))      // e.g. my-templates/style.mustache
 *     .build());
 * Renderer html2 = new HtmlRenderer(HtmlOptions.builder()
 *     .templateClasspath("acme/report-templates/")     // a resource prefix on the class path
 *     .build());
 * Candor candor = Candor.builder().renderers(Renderers.of(html)).build();
 * }</pre>
 *
 * <p>Templates are compiled once, when the renderer is constructed; a missing or broken template
 * fails there with a {@link dev.candor.render.RenderException} naming it. Every {@code {{value}}}
 * is HTML-escaped; overrides should never use triple mustaches on report text. The model a
 * template sees is documented by the built-in templates themselves.
 *
 * @since 0.1
 */
@NullMarked
package dev.candor.render.html;

import org.jspecify.annotations.NullMarked;
