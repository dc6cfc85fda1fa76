package org.loopchain.cli.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.loopchain.cli.CliException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A domain's config/domain.xml as a DOM, written back with its prolog (declaration, licence) as it was. */
public final class DomainXml {
    private final Path file;
    private final String prolog;
    private final Document doc;

    private DomainXml(Path file, String prolog, Document doc) {
        this.file = file;
        this.prolog = prolog;
        this.doc = doc;
    }

    public static DomainXml load(Path domainDir) {
        Path file = domainDir.resolve("config/domain.xml");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            Document doc = f.newDocumentBuilder().parse(file.toFile());
            int root = text.indexOf("<" + doc.getDocumentElement().getTagName());
            return new DomainXml(file, root > 0 ? text.substring(0, root) : "", doc);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
    }

    public Element root() {
        return doc.getDocumentElement();
    }

    public Document document() {
        return doc;
    }

    public Path file() {
        return file;
    }

    /** The &lt;config&gt; named NAME (server-config, default-config). */
    public Element config(String name) {
        return child(child(root(), "configs").orElseThrow(() -> new CliException(file + " has no <configs>")),
                "config", "name", name).orElseThrow(() -> new CliException(file + " has no <config name='" + name + "'>"));
    }

    public String text() {
        try {
            StringWriter w = new StringWriter();
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.transform(new DOMSource(root()), new StreamResult(w));
            return prolog + w + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    public void save() {
        Path tmp = file.resolveSibling("domain.xml.tmp");
        try {
            Files.writeString(tmp, text(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + e.getMessage());
        }
    }

    public static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    public static Optional<Element> child(Element parent, String tag) {
        return children(parent, tag).stream().findFirst();
    }

    public static Optional<Element> child(Element parent, String tag, String attr, String value) {
        return children(parent, tag).stream().filter(e -> value.equals(e.getAttribute(attr))).findFirst();
    }

    /** Walks a path of child tags, e.g. "network-config/network-listeners". */
    public static Optional<Element> path(Element from, String path) {
        Optional<Element> at = Optional.of(from);
        for (String tag : path.split("/")) {
            at = at.flatMap(e -> child(e, tag));
        }
        return at;
    }
}
