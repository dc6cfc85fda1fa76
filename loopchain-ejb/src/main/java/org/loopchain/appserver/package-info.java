/** Which application server runs this node (Payara or WildFly) and its instance directory. */
package org.loopchain.appserver;
