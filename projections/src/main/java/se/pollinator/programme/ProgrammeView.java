package se.pollinator.programme;

import java.util.List;

/** The programme as its read model holds it: every module and municipality project, retired ones too. */
public final class ProgrammeView {

    private ProgrammeView() {
    }

    public record ModuleRow(String id, int number, String nameSv, String nameEn, boolean retired,
                            List<String> leadIds, List<String> memberIds) {
        public String name(boolean swedish) {
            return swedish ? nameSv : nameEn;
        }
    }

    public record MunicipalityRow(String id, String nameSv, String nameEn, String planId, String pilotId,
                                  boolean retired, List<String> memberIds) {
        public String name(boolean swedish) {
            return swedish ? nameSv : nameEn;
        }
    }
}
