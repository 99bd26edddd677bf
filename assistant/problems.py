"""What a report says is still lacking, and a question asking for it: the words both use, read in one
place for the answerers (answer_problems answers such a question; answer_measures and answer_lists
keep such a list out of answers on work done or planned)."""
from __future__ import annotations

import re

# what a question calls shortcomings, and what a lead-in does
ASKED = re.compile(r"不足|短板|差距|困难|难题|矛盾|问题|挑战|薄弱|不够好|没做好|做得不好|不到位")
LEAD = re.compile(r"不足|短板|差距|困难|矛盾|问题|挑战|薄弱|不够|滞后|有待")
# work done or planned on a problem (「解决」, not 「没解决好」)
_WORK_ON = re.compile(r"做了|采取|取得|进展|成效|开展|打算|准备|计划|安排|措施|举措|怎么|怎样|如何|(?<![需还])要"
                      r"|将|(?<![没未])解决|破解|补齐|补上|化解|应对|攻克|攻坚|抓|推进|着力")
STILL = re.compile(r"存在|面临|仍|尚|还有")  # (「…相比，还有不少差距。」)
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|‘[^’]*’")


def asks_problems(text: str) -> bool:
    """「还有哪些短板」, 「哪些地方做得不够好」; not work on a problem (「在破解历史遗留问题方面做了哪些工作」)."""
    return bool(ASKED.search(text)) and not _WORK_ON.search(text)


def introduces_problems(lead: str) -> bool:
    """A lead-in closing on a colon after saying what it lists (「…问题和不足：」, 「…问题还比较突出。
    综合来看：」), or on a sentence saying what still is (「…还存在不少问题、面临诸多挑战。」); not for a
    slogan it quotes (「围绕“补短板、强弱项”，重点开展了以下工作：」)."""
    lead = lead.rstrip()
    said = re.split(r"[。！？]", _QUOTED.sub("", lead.rstrip("：:。")))
    if lead.endswith(("：", ":")):
        return bool(LEAD.search("".join(said[-2:])))
    return lead.endswith("。") and bool(LEAD.search(said[-1]) and STILL.search(said[-1]))
