/**
 * Annotations a contract puts on its methods and parameters: {@link score.annotation.External},
 * {@link score.annotation.Payable}, {@link score.annotation.EventLog},
 * {@link score.annotation.Optional} and {@link score.annotation.Keep}. Like ICON's, they have
 * {@code CLASS} retention: the engine reads them from the bytecode.
 */
package score.annotation;
