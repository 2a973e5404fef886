package textfmt

import "testing"

// In French, a reference never breaks between its word and its number:
// « article 7 », « l’article 12.3 », « alinéa 2 », « paragraphe 3 »,
// « annexe A », « n° 12 », singular or plural, capitalised or not. A URL,
// which holds no space, and a code span are left as written, and so is
// English text, and a word that only ends like one of them.
func TestNumbersKeptWithTheirWord(t *testing.T) {
	for in, want := range map[string]string{
		"selon l'article 12.3 de la Charte":            "selon l’article\u00a012.3 de la Charte",
		"article 7":                                    "article\u00a07",
		"(Article 9, paragraphe 2, alinéa 3)":          "(Article\u00a09, paragraphe\u00a02, alinéa\u00a03)",
		"les articles 1152 et 2224":                    "les articles\u00a01152 et 2224",
		"voir l'annexe A.":                             "voir l’annexe\u00a0A.",
		"Annexe B et annexes 2":                        "Annexe\u00a0B et annexes\u00a02",
		"règlement (UE) n° 1215/2012":                  "règlement (UE) n°\u00a01215/2012",
		"article L. 113-9":                             "article\u00a0L.\u00a0113-9",
		"l'article premier, l'annexe Technique":        "l’article premier, l’annexe Technique",
		"la particle 7 et Mannexe 2":                   "la particle 7 et Mannexe 2",
		"https://x.org/article/7 et https://x.org/n°3": "https://x.org/article/7 et https://x.org/n°3",
		"la commande `article 7` puis l'alinéa 2":      "la commande `article 7` puis l’alinéa\u00a02",
		"un accent ` ouvert puis article 4":            "un accent ` ouvert puis article\u00a04",
		"annexe A annexe B":                            "annexe\u00a0A annexe\u00a0B",
	} {
		if got := Typeset(FR, in); got != want {
			t.Errorf("Typeset(FR, %q) = %q, want %q", in, got, want)
		}
	}
	if got := Typeset(EN, "Article 7 and annex A"); got != "Article 7 and annex A" {
		t.Errorf("Typeset(EN) = %q", got)
	}
	// In an answer, outside code spans only, and in French only.
	for in, want := range map[string]string{
		"conformément à l'article 7":           "conformément à l'article\u00a07",
		"`n° 12` et n° 12":                     "`n° 12` et n°\u00a012",
		"https://x.org/?article=7 ; article 8": "https://x.org/?article=7\u202f; article\u00a08",
	} {
		if got := TypesetAnswer(FR, in); got != want {
			t.Errorf("TypesetAnswer(FR, %q) = %q, want %q", in, got, want)
		}
	}
	if got := TypesetAnswer(EN, "article 7"); got != "article 7" {
		t.Errorf("TypesetAnswer(EN) = %q", got)
	}
}
