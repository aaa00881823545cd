package triage

// Word classes: the small word lists that the negation, held-report and request
// checks read around a rule's words. Every token carries the classes of its word
// (token.cls), found when the word is looked up in the index, so that those checks
// test a bit instead of hashing the same words again for each rule and each place
// it matched. The lists themselves stay where their checks are documented; the
// classes are derived from them.

// wordClass is a set of classes, one bit each.
type wordClass uint16

const (
	clsNegBefore   wordClass = 1 << iota // negBefore
	clsNegAfter                          // negAfter
	clsNegCancel                         // negCancel
	clsJudge                             // judgeVerb
	clsAccept                            // acceptVerb
	clsComparative                       // comparative
	clsContraction                       // contraction
	clsHaveVerb                          // haveVerb
	clsHolder                            // holder
	clsAskAux                            // askAux
	clsAskVerb                           // askVerb
	clsReportNoun                        // reportNoun
	clsCatNegator                        // catNegator
	clsTimeClause                        // timeClause
	clsModal                             // refusalModal
	clsMoney                             // moneyHead
)

// wordClasses maps every word of a class list to its classes.
var wordClasses = func() map[string]wordClass {
	lists := []struct {
		words map[string]bool
		c     wordClass
	}{
		{negBefore, clsNegBefore}, {negAfter, clsNegAfter}, {negCancel, clsNegCancel},
		{judgeVerb, clsJudge}, {acceptVerb, clsAccept}, {comparative, clsComparative},
		{contraction, clsContraction}, {haveVerb, clsHaveVerb}, {holder, clsHolder},
		{askAux, clsAskAux}, {askVerb, clsAskVerb}, {reportNoun, clsReportNoun},
		{catNegator, clsCatNegator}, {timeClause, clsTimeClause},
		{refusalModal, clsModal}, {moneyHead, clsMoney},
	}
	out := map[string]wordClass{}
	for _, l := range lists {
		for w, ok := range l.words {
			if ok {
				out[w] |= l.c
			}
		}
	}
	return out
}()

// hasClass reports whether t's word is of class c, whose list is words: from the
// token's classes when its form was read, else from the list.
func hasClass(t *token, c wordClass, words map[string]bool) bool {
	if t.read {
		return t.cls&c != 0
	}
	return words[t.text]
}

// classOf returns the classes of a word.
func classOf(w string) wordClass { return wordClasses[w] }

// senseClass is a second set of classes, for the word lists the money readers test
// on every word of a question. It takes the byte of padding after form.flags, so
// that neither a form nor a word-table entry grows.
type senseClass uint8

const (
	snsIT         senseClass = 1 << iota // itObject
	snsCalc                              // calcHead
	snsHolder                            // holderNoun
	snsData                              // dataWord
	snsGovernance                        // governanceWord
)

// senseClasses maps every word of a sense list to its classes.
var senseClasses = func() map[string]senseClass {
	out := map[string]senseClass{}
	for w := range itObject {
		out[w] |= snsIT
	}
	for w := range calcHead {
		out[w] |= snsCalc
	}
	for w := range holderNoun {
		out[w] |= snsHolder
	}
	for w := range dataWord {
		out[w] |= snsData
	}
	for w := range governanceWord {
		out[w] |= snsGovernance
	}
	return out
}()

// senseOf returns the sense classes of a word.
func senseOf(w string) senseClass { return senseClasses[w] }

// senses returns the sense classes of t's word: the token's when its form was
// read, else from the lists.
func senses(t *token) senseClass {
	if t.read {
		return t.sns
	}
	return senseOf(t.text)
}
