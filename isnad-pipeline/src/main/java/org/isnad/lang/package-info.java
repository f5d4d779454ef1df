/**
 * Language components: everything language-specific that the generic stages need, behind the
 * {@link org.isnad.lang.Language} interface. Arabic lives in {@code org.isnad.lang.ar}.
 */
package org.isnad.lang;
