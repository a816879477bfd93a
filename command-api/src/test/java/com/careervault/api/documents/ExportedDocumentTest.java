package com.careervault.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The paths of the export's files: safe names, unique folders, every version. */
class ExportedDocumentTest {

    private static final String AT = "2026-11-20T09:00:00.000000Z";
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void eachVersionIsInItsDocumentsFolderNamedByNumberAndFileName() {
        Document resume = document("5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d", "Resume",
                version(2, "Resume 2026.docx"), version(1, "Resume 2026.pdf"));

        List<ExportedDocument> exported = ExportedDocument.of(List.of(resume));

        assertThat(exported).singleElement().satisfies(document -> {
            assertThat(document.documentId()).isEqualTo(resume.documentId());
            assertThat(document.name()).isEqualTo("Resume");
            assertThat(document.kind()).isEqualTo("resume");
            assertThat(document.createdAt()).isEqualTo(AT);
            assertThat(document.updatedAt()).isEqualTo(AT);
            assertThat(document.versions()).containsExactly(
                    new ExportedDocument.Version(resume.versions().get(0),
                            "documents/Resume-5b1d0c2e/v2-Resume 2026.docx"),
                    new ExportedDocument.Version(resume.versions().get(1),
                            "documents/Resume-5b1d0c2e/v1-Resume 2026.pdf"));
        });
    }

    @Test
    void namesCannotLeaveTheirFolderOrHideAndBadCharactersAreGone() {
        List<ExportedDocument> exported = ExportedDocument.of(List.of(
                document("11111111-0000-4000-8000-000000000000", "../../etc/passwd", version(1, "..\\..\\evil.txt")),
                document("22222222-0000-4000-8000-000000000000", "CV: \"2026\" <EN>|*?", version(1, ".hidden.pdf")),
                document("33333333-0000-4000-8000-000000000000", "Tab\tand\u0007bell\u202e", version(1, "a .")),
                document("44444444-0000-4000-8000-000000000000", "..", version(1, "/"))));

        assertThat(files(exported)).containsExactly(
                "documents/_.._etc_passwd-11111111/v1-_.._evil.txt",
                "documents/CV_ _2026_ _EN____-22222222/v1-hidden.pdf",
                "documents/Tabandbell-33333333/v1-a",
                "documents/document-44444444/v1-_");
    }

    @Test
    void aFolderNameTakenAlreadyGetsTheWholeIdThenACounterAlsoWhenOnlyTheCaseDiffers() {
        List<ExportedDocument> exported = ExportedDocument.of(List.of(
                document("5b1d0c2e-0000-4000-8000-000000000001", "Resume", version(1, "a.pdf")),
                document("5b1d0c2e-0000-4000-8000-000000000002", "resume", version(1, "a.pdf")),
                document("5b1d0c2e-0000-4000-8000-000000000003", "Resume-5b1d0c2e-0000-4000-8000-000000000002",
                        version(1, "a.pdf")),
                // ids are unique: this one repeats an id only to reach the counter, the last resort
                document("5b1d0c2e-0000-4000-8000-000000000002", "Resume", version(1, "a.pdf"))));

        assertThat(files(exported)).containsExactly(
                "documents/Resume-5b1d0c2e/v1-a.pdf",
                "documents/resume-5b1d0c2e-0000-4000-8000-000000000002/v1-a.pdf",
                "documents/Resume-5b1d0c2e-0000-4000-8000-000000000002-5b1d0c2e/v1-a.pdf",
                "documents/Resume-5b1d0c2e-0000-4000-8000-000000000002-3/v1-a.pdf");
    }

    @Test
    void aLongNameIsCutToTheLimit() {
        String name = "x".repeat(300);
        List<ExportedDocument> exported = ExportedDocument.of(List.of(
                document("5b1d0c2e-0000-4000-8000-000000000001", name, version(1, "a.pdf"))));

        assertThat(files(exported)).containsExactly(
                "documents/" + "x".repeat(FileNames.MAX_LENGTH) + "-5b1d0c2e/v1-a.pdf");
    }

    @Test
    void anEmptyLibraryExportsNothing() {
        assertThat(ExportedDocument.of(List.of())).isEmpty();
    }

    private static List<String> files(List<ExportedDocument> exported) {
        return exported.stream().flatMap(document -> document.versions().stream())
                .map(ExportedDocument.Version::file).toList();
    }

    private static Document document(String id, String name, DocumentVersion... versions) {
        return new Document(id, name, "resume", versions[0].version(), AT, AT, List.of(versions));
    }

    private static DocumentVersion version(int number, String fileName) {
        return new DocumentVersion(number, HASH, 4, "application/pdf", fileName, AT);
    }
}
