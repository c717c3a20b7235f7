/**
 * How pages and their resources travel to the browser (issue #18, item 10: the public pages on a
 * citizen's phone): text answers compressed with gzip ({@link
 * co.ventanilla.web.delivery.CompressionFilter}), every Faces resource URL versioned ({@link
 * co.ventanilla.web.delivery.VersionedResourceHandler}) so that browsers may keep it for a year
 * ({@link co.ventanilla.web.delivery.ResourceCacheFilter}), and the public pages rendered without
 * PrimeFaces' theme ({@link co.ventanilla.web.delivery.LightPages}). All of it ships in the WAR, so
 * it works the same on Payara Micro and on Payara Server (the EAR).
 */
package co.ventanilla.web.delivery;
