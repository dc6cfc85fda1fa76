package org.loopchain.score.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which {@link JdkCosts.Cost} each JDK member has, kept as data. A rule is an owner (or several,
 * separated by commas) and groups separated by {@code |}, each a cost followed by members: a
 * name, a name with its descriptor, or {@code *}. The first group naming a member decides, so the
 * specific groups come before a closing {@code LINEAR *}. Members of owners not listed are free.
 */
final class JdkCostRules {

    private static final String LIST_LIKE = "java/util/List,java/util/ArrayList,java/util/Collection,"
            + "java/util/Deque,java/util/Queue,java/util/ArrayDeque,java/lang/Iterable";
    private static final String LIST_FREE = "FREE size isEmpty get set add(Ljava/lang/Object;)Z iterator listIterator()"
            + "Ljava/util/ListIterator; subList getFirst getLast peek poll offer push pop addFirst addLast"
            + " removeFirst removeLast peekFirst peekLast pollFirst pollLast offerFirst offerLast element forEach"
            + " descendingIterator remove()Ljava/lang/Object; getClass";
    private static final String SET_FREE = "FREE size isEmpty add remove contains iterator first last floor ceiling"
            + " higher lower pollFirst pollLast headSet tailSet subSet descendingSet descendingIterator comparator"
            + " forEach getClass";
    private static final String MAP_FREE = "FREE size isEmpty get getOrDefault put putIfAbsent remove containsKey"
            + " keySet values entrySet firstKey lastKey firstEntry lastEntry floorKey ceilingKey higherKey lowerKey"
            + " floorEntry ceilingEntry higherEntry lowerEntry pollFirstEntry pollLastEntry headMap tailMap subMap"
            + " descendingMap navigableKeySet descendingKeySet comparator merge compute computeIfAbsent"
            + " computeIfPresent replace(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;"
            + " forEach entry getClass";
    private static final String CAPACITY = "COUNT <init>(I)V <init>(IF)V <init>(IFZ)V";

    private static final List<String> RULES = List.of(
            "java/lang/String: REPEAT repeat indent | JOIN join"
                    + " | REPLACE replace(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/String;"
                    + " | FREE length charAt isEmpty codePointAt codePointBefore toString"
                    + " getClass | LINEAR *",
            "java/lang/StringBuilder: COUNT <init>(I)V setLength ensureCapacity | ARGS append <init> |"
                    + " FREE length charAt setCharAt capacity codePointAt getClass | LINEAR *",
            "java/lang/CharSequence: FREE length charAt isEmpty | LINEAR *",
            "java/util/StringJoiner: ARGS add setEmptyValue <init> | FREE length | LINEAR *",
            "java/lang/Integer,java/lang/Long,java/lang/Short,java/lang/Byte: LINEAR parseInt parseLong parseShort"
                    + " parseByte parseUnsignedInt parseUnsignedLong decode"
                    + " valueOf(Ljava/lang/String;)Ljava/lang/Integer;"
                    + " valueOf(Ljava/lang/String;)Ljava/lang/Long; <init>(Ljava/lang/String;)V",
            "java/math/BigInteger: PRODUCT multiply divide remainder mod divideAndRemainder gcd modInverse |"
                    + " SQUARE toString sqrt sqrtAndRemainder <init>(Ljava/lang/String;)V"
                    + " <init>(Ljava/lang/String;I)V |"
                    + " SHIFT shiftLeft shiftRight setBit clearBit flipBit | POW pow | MOD_POW modPow |"
                    + " FREE signum bitLength intValue longValue shortValue byteValue intValueExact longValueExact"
                    + " shortValueExact byteValueExact valueOf testBit getClass | LINEAR *",
            "java/math/BigDecimal: PRODUCT multiply divide remainder divideToIntegralValue divideAndRemainder sqrt |"
                    + " SQUARE toString toPlainString toEngineeringString toBigInteger toBigIntegerExact <init> |"
                    + " SCALE setScale movePointLeft movePointRight scaleByPowerOfTen | POW pow |"
                    + " FREE signum scale getClass | LINEAR *",
            "java/util/LinkedList: LINEAR get set add(ILjava/lang/Object;)V remove(I)Ljava/lang/Object;"
                    + " listIterator(I)Ljava/util/ListIterator; | SORT sort | COUNT <init>(I)V | " + LIST_FREE
                    + " | LINEAR *",
            LIST_LIKE + ": SORT sort | COUNT <init>(I)V ensureCapacity | " + LIST_FREE + " | LINEAR *",
            "java/util/Set,java/util/LinkedHashSet,java/util/TreeSet: " + CAPACITY + " | " + SET_FREE + " | LINEAR *",
            "java/util/Map,java/util/LinkedHashMap,java/util/TreeMap: " + CAPACITY + " | " + MAP_FREE + " | LINEAR *",
            "java/util/Arrays: SORT sort | COUNT copyOf | RANGE copyOfRange | FILL fill | FREE asList binarySearch |"
                    + " LINEAR *",
            "java/util/Collections: SORT sort | FREE unmodifiableCollection unmodifiableList unmodifiableSet"
                    + " unmodifiableMap unmodifiableSortedMap unmodifiableSortedSet unmodifiableNavigableMap"
                    + " unmodifiableNavigableSet emptyList emptyMap emptySet emptyIterator emptyListIterator"
                    + " emptySortedMap emptySortedSet emptyNavigableMap emptyNavigableSet singleton singletonList"
                    + " singletonMap nCopies reverseOrder swap | LINEAR *",
            "java/util/Objects: LINEAR equals deepEquals",
            "java/lang/System: ARRAYCOPY arraycopy",
            "java/lang/invoke/StringConcatFactory: ARGS makeConcatWithConstants makeConcat");

    private static final Map<String, List<Group>> BY_OWNER = parse();

    private JdkCostRules() {
    }

    static JdkCosts.Cost costOf(String owner, String name, String desc) {
        for (Group group : BY_OWNER.getOrDefault(owner, List.of())) {
            if (group.members().contains(name + desc) || group.members().contains(name)
                    || group.members().contains("*")) {
                return group.cost();
            }
        }
        return JdkCosts.Cost.FREE;
    }

    private static Map<String, List<Group>> parse() {
        Map<String, List<Group>> rules = new HashMap<>();
        for (String rule : RULES) {
            int colon = rule.indexOf(": ");
            List<Group> groups = new ArrayList<>();
            for (String group : rule.substring(colon + 2).split(" \\| ")) {
                String[] words = group.trim().split(" ");
                groups.add(new Group(JdkCosts.Cost.valueOf(words[0]), List.of(words).subList(1, words.length)));
            }
            for (String owner : rule.substring(0, colon).split(",")) {
                rules.put(owner, List.copyOf(groups));
            }
        }
        return Map.copyOf(rules);
    }

    private record Group(JdkCosts.Cost cost, List<String> members) {
    }
}
