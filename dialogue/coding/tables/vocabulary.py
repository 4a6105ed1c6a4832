"""Word lists for comparing a reflection with what the person said."""

from __future__ import annotations

# Words that name a feeling, value or hope: saying one the client did not say adds meaning.
MEANING_WORDS = frozenset(
    """
    abandoned afraid alive alone ambivalent ambushed anger angry annoyed anxious ashamed attacked
    bearable belonging betrayed bitter blamed burden burned burnt calm care cares caring comfort
    confident conflicted confused control cope coping cornered crushed defeated deserve desperate
    determined devastated difficult dignity disappointed disappointing discouraged drained
    embarrassed embarrassing enough escape excited exhausted failed failing failure fear fears flat
    freedom frightened frightening frustrated frustrating frustration furious glad grateful grief
    grieving guilt guilty gutted happy hard heavy helpless hope hopeful hopeless hoping humiliated
    hurt hurting hurts important independence independent invisible irritated isolated judged
    knocked lonely longing lost love loved loves mad matter matters meaningful means miss missing
    misunderstood need needed needs nervous normal numb overwhelmed overwhelming pain painful
    panicky peace powerless pressure pressured pride proud pushed rattled ready regret regrets
    rejected relief relieved resent resentful respect respected sad sadness safe safety scared scary
    secure security shaken shame shameful strain stress stressed struggle struggles struggling stuck
    tension terrified tired torn tough trapped trust trusted unbearable uncertain unfair unheard
    unsure upset useless value valued values want wanting wants weary willing wish wishes wishing
    worried worries worry worrying worth worthless
    """.split()
)
# Words that carry no content when comparing a reflection with what the person said.
STOPWORDS = frozenset(
    """
    a about above actually after again against all also although am an and any anything are as at be
    because been before being below between bit both but by can could did do does doing don't down
    during each even everything feel feels felt few for from further get go going gonna got guess
    had has have having he her here hers him his hmm how i i'd i'll i'm i've if in into is it it's
    its just kind know let let's like little lot many may maybe me mean means might mine mm more
    most much must my no nor not now of off oh ok okay on once one ones only or other our out over
    own perhaps pretty quite really right s said same say saying seem seems shall she should so some
    something sort sound sounds still such t tell than that the their theirs them then there these
    they thing things think this those though through to told too uh um under up us very was way we
    we're we've well were what when where which while who whom whose why will with would yeah yes
    you you'd you'll you're you've your yours yourself
    """.split()
)

# Words people use for the same thing: a reflection that swaps one for another adds no meaning.
SAME_MEANING = (
    ("kid", "kids", "child", "children"),
    ("mom", "mum", "mother", "mam"),
    ("dad", "father"),
    ("say", "said", "says", "saying", "tell", "told", "tells", "telling", "call", "called", "calling"),
    ("drink", "drinks", "drinking", "booze", "alcohol"),
    ("pill", "pills", "meds", "medication", "medications", "medicine"),
    ("job", "jobs", "work", "working"),
    ("worry", "worried", "worries", "worrying"),
    ("weed", "pot", "cannabis", "marijuana"),
    ("cocaine", "coke"),
)
