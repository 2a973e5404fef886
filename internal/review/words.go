package review

import "apitos/internal/textfmt"

// words are what review mode adds to a document, in its language.
type words struct {
	// Parts of a commentary, by the key the templates write them under.
	Parts map[string]string
	// Answers introduces the answers a clause's text reads; NoAnswers
	// says it reads none.
	Answers, NoAnswers string
	// Default marks an answer left at the questionnaire's default.
	Default string
	// Alternatives introduces the alternatives not chosen; Replaced,
	// LeftOut, Reads, InClause and Followed say what each does to the
	// clause, and Or joins options that do the same.
	Alternatives                                 string
	Replaced, LeftOut, Reads, InClause, Followed string
	Or                                           string
	// What an alternative does to paragraphs (alinéas) of a clause:
	// Span is a range of them ("2 to 4"); Read and ReadMany, Strike and
	// StrikeMany take a number or a span; After takes a number.
	Span, Read, ReadMany, Strike, StrikeMany, After, AtStart string
	// Also names a multiple choice with one more option: "with X too".
	Also string
	// Edited says that the clause's text comes from the answers file.
	Edited, EditedText string
	// The end of the document: the answers as given, and the points to
	// check.
	AnswersTitle, AnswersIntro, Note string
	PointsTitle, PointsIntro         string
	Missing, Untranslated, NoAddress string
	NowhereShown                     string
	Rule                             string
	Yes, No, NoAnswer, Row           string
}

var (
	english = words{
		Parts: map[string]string{"why": "Why this clause", "protects": "What it protects, and for whom",
			"sources": "Sources", "risks": "Risks of the choice made", "check": "To check"},
		Answers:      "Answers it depends on",
		NoAnswers:    "none: this text is the same whatever the answers",
		Default:      "default",
		Alternatives: "Alternatives not chosen",
		Replaced:     "this clause is replaced by:",
		LeftOut:      "this clause is left out.",
		Reads:        "this clause reads:",
		InClause:     "in this clause:",
		Followed:     "this clause is followed by:",
		Or:           ", or ",
		Span:         "%d to %d",
		Read:         "paragraph %s reads:",
		ReadMany:     "paragraphs %s read:",
		Strike:       "strike paragraph %s.",
		StrikeMany:   "strike paragraphs %s.",
		After:        "after paragraph %s, add:",
		AtStart:      "before the first paragraph, add:",
		Also:         "with “%s” too",
		Edited:       "Edited by hand",
		EditedText:   "the text of this clause comes from the answers file (overrides), not from the template; the commentary above is about the template’s text, which it replaces.",
		AnswersTitle: "Answers as given",
		AnswersIntro: "The answers this document was assembled from, step by step, with the notes that guide whoever gives them.",
		Note:         "Note",
		PointsTitle:  "Points to check",
		PointsIntro:  "What the answers cannot guarantee: check each point before the document is signed, adopted or published.",
		Missing:      "Answer missing: “%s”, marked “to complete”",
		Untranslated: "Translation missing: “%s”, marked “to translate”",
		NoAddress:    "No address given for “%s”: the text then says nothing of it. Check that none is needed.",
		NowhereShown: "not shown in this document",
		Rule:         "The answers call for attention",
		Yes:          "Yes", No: "No", NoAnswer: "no answer", Row: "row %d",
	}
	french = words{
		Parts: map[string]string{"why": "Raison d’être", "protects": "Ce qu’elle protège, et pour qui",
			"sources": "Sources", "risks": "Risques du choix retenu", "check": "À vérifier"},
		Answers:      "Réponses dont elle dépend",
		NoAnswers:    "aucune : ce texte est le même quelles que soient les réponses",
		Default:      "par défaut",
		Alternatives: "Variantes écartées",
		Replaced:     "cette clause est remplacée par :",
		LeftOut:      "cette clause disparaît.",
		Reads:        "cette clause se lit :",
		InClause:     "dans cette clause :",
		Followed:     "cette clause est suivie de :",
		Or:           " ou ",
		Span:         "%d à %d",
		Read:         "l’alinéa %s se lit :",
		ReadMany:     "les alinéas %s se lisent :",
		Strike:       "supprimer l’alinéa %s.",
		StrikeMany:   "supprimer les alinéas %s.",
		After:        "après l’alinéa %s, ajouter :",
		AtStart:      "avant le premier alinéa, ajouter :",
		Also:         "avec aussi « %s »",
		Edited:       "Modifiée à la main",
		EditedText:   "le texte de cette clause vient du fichier de réponses (overrides), non du modèle ; le commentaire ci-dessus porte sur le texte du modèle, qu’il remplace.",
		AnswersTitle: "Réponses données",
		AnswersIntro: "Les réponses à partir desquelles ce document a été assemblé, étape par étape, avec les notes qui guident qui les donne.",
		Note:         "Note",
		PointsTitle:  "Points à vérifier",
		PointsIntro:  "Ce que les réponses ne peuvent garantir : vérifiez chaque point avant que le document soit signé, adopté ou publié.",
		Missing:      "Réponse manquante : « %s », signalée par « à compléter »",
		Untranslated: "Traduction manquante : « %s », signalée par « à traduire »",
		NoAddress:    "Aucune adresse donnée pour « %s » : le texte n’en dit alors rien. Vérifiez qu’aucune n’est nécessaire.",
		NowhereShown: "absente du texte de ce document",
		Rule:         "Les réponses appellent l’attention",
		Yes:          "Oui", No: "Non", NoAnswer: "pas de réponse", Row: "ligne %d",
	}
)

func wordsFor(l textfmt.Lang) words {
	if l == textfmt.FR {
		return frenchTypeset
	}
	return english
}

// frenchTypeset is french with French typography applied once.
var frenchTypeset = func() words {
	w := french
	t := func(s *string) { *s = textfmt.Typeset(textfmt.FR, *s) }
	parts := map[string]string{}
	for k, v := range w.Parts {
		parts[k] = textfmt.Typeset(textfmt.FR, v)
	}
	w.Parts = parts
	for _, s := range []*string{&w.Answers, &w.NoAnswers, &w.Alternatives, &w.Replaced, &w.LeftOut,
		&w.Reads, &w.InClause, &w.Followed, &w.Read, &w.ReadMany, &w.Strike, &w.StrikeMany, &w.After, &w.AtStart, &w.Also, &w.Edited, &w.EditedText, &w.AnswersTitle,
		&w.AnswersIntro, &w.PointsTitle, &w.PointsIntro, &w.Missing, &w.Untranslated, &w.NoAddress, &w.Rule} {
		t(s)
	}
	return w
}()
