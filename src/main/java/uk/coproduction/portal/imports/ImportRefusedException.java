package uk.coproduction.portal.imports;

import java.util.List;

/** The file cannot be imported at all (e.g. someone imported it meanwhile); the problems say why. */
public class ImportRefusedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRefusedException(List<ImportProblem> problems) {
        super("Import refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
