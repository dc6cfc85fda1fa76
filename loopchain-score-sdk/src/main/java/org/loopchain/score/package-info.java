/**
 * The contract (SCORE) API. It holds no server code: a SCORE compiles against this module alone.
 * The API itself (annotations, context, state containers, events) lands with the SCORE issue;
 * until then the module only reserves its place in the build and the EAR.
 */
package org.loopchain.score;
