"""Recognisers of clutter lines by their shape and vocabulary: prompts, captions, bios, menus.

Each recogniser looks at one line on its own and names the kind of clutter it is, or says
nothing. The rules are general (the vocabulary outlets use for newsletter prompts, photo credits,
share buttons, print-edition notes...), never one outlet's sentence. Whether a line that no rule
names belongs to the body is decided elsewhere, from its place in the page (see text_body).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["clutter_reason", "is_comment_header", "is_markup", "word_count"]

_WORD = re.compile(r"\w+")
# CJK scripts write words without spaces; about two characters make one word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def word_count(line: str) -> float:
    """How many words a line holds, counting two CJK characters as one word."""
    cjk = len(_CJK.findall(line))
    return len(_WORD.findall(_CJK.sub(" ", line))) + cjk / 2


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# Lines that ask the reader to do something other than read: subscribe, sign up, follow, share.
# A prompt opens with its verb. Verbs that only prompts open with may take any object ("Sign in
# now"); verbs that also open prose ("Like many...", "Support for...") need a prompt's object.
_PROMPT_OBJECT = (
    r"(newsletters?|inbox|channel|subscri\w+|our app|the app|app store|google play|podcasts?"
    r"|telegram|whatsapp|facebook|twitter|instagram|linkedin|youtube|alerts|premium"
    r"|members?hip|(our|independent|quality) journalism)"
)
_PROMPT_OPENING = _rx(
    r"^\s*(subscribe|sign up|sign in|log in|register|download|click|tap)\b.{0,80}\b("
    + _PROMPT_OBJECT[1:-1]
    + r"|updates|e-?mail|here|now|free|today|access)\b",
    r"^\s*(join|follow|get|try|listen|watch|read|see|share|like|tweet|email|enter|support"
    r"|donate|become a)\b.{0,80}\b" + _PROMPT_OBJECT + r"\b",
)
_PROMPT_CLOSING = _rx(
    r"\b(delivered|sent) (directly |straight |right )?to your (inbox|e-?mail|phone|device)",
)
# Vocabulary that marks a short line as a prompt wherever it stands in it.
_PROMPT = _rx(
    r"\bsign up (for|to) (our|the|a|today|free)\b",
    r"\bclick here\b",
    r"\bno,? thanks\b",
    r"\bstay (up to date|updated|informed|in the know|connected) with\b",
    r"\b(subscri\w+|newsletter)\b.{0,60}\be-?mail\b|\be-?mail\b.{0,60}\b(subscri\w+|newsletter)\b",
    r"\bsuccess?fully subscribed\b",
    r"\b\d+ (issues|months|weeks) for\b",
    r"\bsubscribe (to|now|today|for)\b",
    r"^\s*(subscribe|sign up|newsletter|register|log ?in|sign ?in|login|join now)\s*[.!:]?\s*$",
    r"\b(our|free|daily|weekly) newsletters?\b",
    r"\benter your e-?mail\b",
    r"\bby (signing up|subscribing|clicking)\b",
    r"\bthanks? (you )?for (signing up|subscribing)\b",
    r"\b(already a|become a) (subscriber|member)\b",
    r"\b(telegram|whatsapp) (channel|group)\b",
    r"\bfollow (us|\w+) on (facebook|twitter|instagram|linkedin|youtube|telegram)\b",
)
_PRINT = _rx(
    r"\bappeared in (the )?(print|\w+ print|\w+) edition\b",
    r"\bversion of this (article|story) (appeared|appears|was published)\b",
    r"^\s*this (article|story) (was|has been|is) (originally |first )?"
    r"(published|updated|produced|republished)\b",
    r"^\s*(originally|first) published\b",
)
# A photo, video or graphic credit anywhere in the line.
_CREDIT = _rx(
    r"\b(photo|photograph|picture|image|video|graphic|illustration|credit)s?\s*(:|\bby\b|/|\.\.\.)",
    r"\b(photo|image|picture)s? (credit|courtesy|copyright)\b",
    r"\bimage (source|copyright|caption)\b",
    r"\b(getty images|shutterstock|istock(photo)?)\b",
    r"^\s*(file )?photo\s*[:|-]",
    r"\((left|right|top|bottom|centre|center|above|below|pictured|inset)\)",
)
# Wire-agency credits are written in capitals; matching them case-blind would hit "(ePA)".
_AGENCY_CREDIT = re.compile(
    r"\((AP|AFP|REUTERS|Reuters|EPA|FILE|File|Supplied|Handout)( [Pp]hoto)?(/[^)]*)?\)\s*$"
    r"|\b(AP|AFP|REUTERS|EPA|EFE|ANSA|XINHUA)/[A-Z][\w.]+"
)
# Legal small print at the foot of a page: trademarks, disclaimers, rights.
_LEGAL = _rx(
    r"\b(is|are) (a )?(registered )?trademarks? of\b",
    r"\bregistered trademarks?\b",
    r"\ball rights reserved\b",
    r"\bhave not been evaluated by\b",
    r"\b(for informational|for educational|for general information) purposes only\b",
    r"\b(does not|do not|is not intended to) (constitute|provide|replace) (medical|legal|"
    r"financial|professional|investment) advice\b",
    r"\bmay not be (published|broadcast|rewritten|redistributed|reproduced)\b",
)
# A cookie or consent banner, however long it runs.
_COOKIE = _rx(
    r"\bcookies?\b.{0,80}\b(use|accept|consent|policy|settings|experience|browsing)\b",
    r"\b(we use|this (site|website) uses|we and our partners use) cookies\b",
)
# The line that opens one reader's comment: "Alex on May 2, 2019 at 6:34 am said:".
# Without its date such a line could be a body sentence that introduces a quote.
_COMMENT_HEADER = _rx(
    r"^\s*[\w .'()-]{1,40} on [\w ,:.-]{0,30}\d[\w ,:.-]{0,30} (says|said|wrote|replied)\s*:\s*$",
)
# A user name ("sammievee says:"): one token, not capitalised like a person's name in prose.
_USER_SAYS = re.compile(r"^\s*@?(?=\S*[a-z0-9_])(?![A-Z][a-z]+\s)[\w.-]{2,40}\s+says\s*:\s*$")
# The furniture of a comment thread: who said it, when, and how many liked it.
_COMMENT = _rx(
    r"^\s*\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\b.{0,30}$",
    r"^\s*(rating|score|votes?|likes?|points?)\s*:?\s*[-+]?\d+( votes?| points?)?\s*$",
    r"^\s*\[?\s*\d+ (comments?|replies|responses)\s*\]?\s*$",
    r"^\s*(reply|report|flag|(view|show|load|see) (all|more) (comments|replies)"
    r"|leave a (comment|reply)|post a comment|add a comment|top rated comments|\(view all\))\s*$",
    r"^\s*(log ?in|sign ?in) to (comment|reply|post)\b",
)
# Reported speech or a quotation: a body sentence about a journalist, not the writer's own bio.
_REPORTED = _rx(r"\b(said|says|told|according to|asked)\b|[\"“”]")
_BIO = _rx(
    r"^\s*[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){1,3} (is|was|has been) (a|an|the) "
    r"([\w-]+ ){0,4}(writer|reporter|editor|correspondent|columnist|journalist|contributor)\b",
    r"^\s*(about the author|author bio|more from this author|more by this author)\b",
)
# The heading of a list of other articles ("More from X", "Most read in Y"), or one entry's
# byline: the article is over.
_RELATED = _rx(
    r"^\s*(read more|read also|also read|related|recommended|see also|more from|more on|more in"
    r"|more stories|most (read|popular|viewed|shared)|trending|top stories|you (may|might) "
    r"(also )?like|what to read next|editor'?s picks?|latest news|popular now"
    r"|post navigation|(previous|next|older|newer) (post|article|story|entry))\b",
)
_RELATED_ENTRY = _rx(r"^\s*by [^.]{2,80}\b(published|updated)\b\s*$")
# A pointer to one other article set inside the body ("Read more: ..."): the body goes on.
_LINK = _rx(
    r"^\s*(read more|read also|also read|related|recommended|see also|more|watch|listen)"
    r"\s*(:|»|>|\||-|–|—)\s*\S",
)
_SHARE = _rx(
    # A button's label ends no sentence: "Like father, like son." is prose.
    r"^\s*(share|tweet|pin|email|print|copy link|comment|comments|reply|save|like)"
    r"( this| on| via| article| story| to)?\b.{0,30}(?<![.!?\"”])$",
    r"^\s*\d+\s*(comments?|shares?|likes?|views?)\s*$",
    r"\bprivacy (policy|notice|settings)\b",
    r"\bterms (of|and) (use|service|conditions)\b",
    r"^\s*(©|\(c\)|copyright)\s",
    r"^\s*(advertisement|sponsored|paid (program|content|post)|ad|ads)\s*$",
    r"^\s*(continue reading|story continues|article continues|skip to|back to top|scroll to)",
    r"\bmedia playback is unsupported\b",
    r"\b(enable|turn on) javascript\b",
    r"\byour browser (does not|doesn't) support\b",
)


# A line that is only a machine timestamp, a category count or a posted/updated stamp (bare
# numbers are not: tables in a body are full of them).
_STAMP = _rx(
    r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d)?(\.\d+)?(z|[+-]\d\d:?\d\d)?$",
    r"^[\w &'’-]{2,30} \(\d+\)$",
    r"^(last )?(updated|posted|published|modified)\b[^.!?]{0,20}\d[^.!?]{0,40}$",
)


# A tag is lower-case with attributes in HTML's own syntax: "<The Palace>" used as title quotes
# in prose is no tag.
_MARKUP = re.compile(
    r"</?[a-z][a-z0-9]*\s*/?>|<[a-z][a-z0-9]*\s[^<>]*=[^<>]*>"
    r"|\{\{|\}\}|\[if [^]]*\]|<!--|-->"
)


def is_markup(line: str) -> bool:
    """Whether a line is leftover page code (HTML tags, script, template names) not prose."""
    if _MARKUP.search(line):
        return True
    code = sum(line.count(c) for c in "{};=<>$")
    return code >= 4 and code * 20 > len(line)


def is_comment_header(line: str) -> bool:
    """Whether a line opens a reader's comment (who wrote it, and when)."""
    return word_count(line) <= 12 and bool(_COMMENT_HEADER.search(line))


@lru_cache(maxsize=65536)
def clutter_reason(line: str) -> str | None:
    """Why one line on its own is clutter (a prompt, caption, bio...), or None if no rule says so.

    Long lines need the telltale vocabulary near their start or end: a body paragraph that
    happens to mention a newsletter or a photograph must survive. Results are cached, as menus
    and footers repeat across the pages of one site.
    """
    text = line.strip()
    if not text:
        return None
    words = word_count(text)
    if is_markup(text):
        return "page code"
    if words <= 60 and _PRINT.search(text):
        return "print-edition or publication note"
    # A long line is a prompt only if one opens or closes it: a paragraph may mention
    # subscribing or a newsletter in passing.
    if words <= 45 and (
        _PROMPT_OPENING.search(text)
        or _PROMPT_CLOSING.search(text[-80:])
        or (words <= 20 and _PROMPT.search(text))
    ):
        return "newsletter or subscription prompt"
    if words <= 60 and _BIO.search(text) and not _REPORTED.search(text):
        return "author bio"
    if words <= 25 and _LINK.search(text):
        return "link to another article"
    if (words <= 8 and _RELATED.search(text)) or (words <= 25 and _RELATED_ENTRY.search(text)):
        return "related-articles list"
    if words <= 80 and _LEGAL.search(text):
        return "legal notice"
    if words <= 80 and _COOKIE.search(text):
        return "cookie notice"
    if words <= 12 and (_COMMENT.search(text) or is_comment_header(text) or _USER_SAYS.match(text)):
        return "comment thread"
    if words <= 12 and _STAMP.search(text):
        return "date stamp or count"
    if words <= 25 and _SHARE.search(text):
        return "share, cookie or footer line"
    tail = text[-60:] if words > 12 else text
    if words <= 80 and (_CREDIT.search(tail) or _AGENCY_CREDIT.search(tail)):
        return "photo caption or credit"
    return None
