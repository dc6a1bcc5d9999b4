/** Cross-cutting web parts: language, messages, templates, JSON and error types. */
package org.xiandao.web.system;
