/**
 * The one place where Isnad's stages are assembled into a pipeline ({@link
 * org.isnad.pipeline.Pipeline}), from one config record. The CLI, the server, the tests and a later
 * distributed job all get their pipeline from here.
 */
package org.isnad.pipeline;
