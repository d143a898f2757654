package se.pollinator.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Measures a running Pollinator from outside, as its users load it: writers adding cards over
 * HTTP while subscribers watch over STOMP, against PostgreSQL's own insert rate. Prints one JSON
 * line per run and a Markdown table row.
 *
 * <pre>mvn -pl bench -q exec:java -Dexec.args="--base http://127.0.0.1:8080 --password secret
 *     --writers 4 --boards 1 --subscribers 5 --cards 2000 --jdbc jdbc:postgresql://127.0.0.1/pollinator"</pre>
 *
 * <p>With the word {@code growth} among the arguments it times cards on a board of 100, 1,000 and
 * 5,000 events instead, and reads the board's history; with {@code rebuild}, it rebuilds the boards
 * read model from the whole event store and reports events per second.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("rebuild")) {
            String[] rest = java.util.Arrays.stream(args).filter(arg -> !arg.equals("rebuild")).toArray(String[]::new);
            System.out.println("| measured | events | took | rate |\n|---|---|---|---|");
            System.out.println(Rebuild.run(Options.parse(rest)));
            return;
        }
        if (java.util.Arrays.asList(args).contains("seminar")) {
            String[] rest = java.util.Arrays.stream(args).filter(arg -> !arg.equals("seminar")).toArray(String[]::new);
            Options options = Options.parse(rest);
            System.out.println(SeminarCrowd.markdownHeader());
            System.out.println(new SeminarCrowd(options, Integer.getInteger("bench.perSecond", 20),
                    Integer.getInteger("bench.seconds", 30)).run());
            return;
        }
        if (java.util.Arrays.asList(args).contains("growth")) {
            String[] rest = java.util.Arrays.stream(args).filter(arg -> !arg.equals("growth")).toArray(String[]::new);
            System.out.println(BoardGrowth.markdownHeader());
            new BoardGrowth(Options.parse(rest)).run().forEach(System.out::println);
            return;
        }
        Result result = run(Options.parse(args));
        System.out.println(new ObjectMapper().writeValueAsString(result));
        System.out.println(Result.markdownHeader());
        System.out.println(result.markdownRow());
        if (!result.nothingLost()) {
            System.exit(1);
        }
    }

    /** One run of the live-boards scenario. */
    public static Result run(Options options) throws Exception {
        return new LiveBoards(options).run();
    }
}
