package org.loopchain.score.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.loopchain.score.sdk.db.ContainerKind;
import org.loopchain.score.sdk.db.ContainerSpec;
import org.loopchain.score.sdk.db.Containers;
import org.loopchain.score.sdk.db.StoredContainer;

/**
 * Keeps an SDK container held by a contract field as its kind, id and value class name, and
 * recreates it on restore (under the call's bound host, like {@code Context.new…DB} would).
 */
final class SdkContainers {

    private SdkContainers() {
    }

    static boolean isContainer(Object value) {
        return value instanceof StoredContainer;
    }

    static void write(DataOutputStream out, Object container) throws IOException {
        ContainerSpec spec = ((StoredContainer) container).spec();
        InstallRecord.writeString(out, spec.kind().name());
        InstallRecord.writeString(out, spec.id());
        InstallRecord.writeString(out, spec.valueClass().getName());
    }

    static Object read(DataInputStream in, ClassLoader loader) throws IOException, ClassNotFoundException {
        ContainerKind kind = ContainerKind.valueOf(InstallRecord.readString(in));
        String id = InstallRecord.readString(in);
        Class<?> valueClass = Class.forName(InstallRecord.readString(in), false, loader);
        return Containers.restore(new ContainerSpec(kind, id, valueClass));
    }
}
