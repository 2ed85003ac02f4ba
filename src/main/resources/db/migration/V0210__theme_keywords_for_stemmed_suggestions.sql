-- Decision 0040: theme keywords for suggestions built on Lucene's analysers. Keywords now meet words of the same
-- stem ("wait" finds "waited", "czekać" finds "czekamy"), so forms of one word are no longer listed; keywords
-- that were wrong more often than right on the labelled comments ("staff", "worker", "parent", "carer", "told",
-- "months", "weeks", "far", "list") give way to phrases a commissioner would tag ("keep changing", "nobody told",
-- "too far", "waiting list"). A theme an administrator has changed since V0005 is left as they made it.

UPDATE theme SET keywords = 'wait,waiting list,queue,delay,long time,too long,took long,ages,backlog,chase,still nothing,late,czekać,czekanie,kolejka,długo'
    WHERE name = 'Waiting times' AND keywords = 'wait,waiting,waited,long time,months,weeks,queue,list,delay,late,czekać,czekanie,kolejka';
UPDATE theme SET keywords = 'letter,phone,call back,ring back,email,explain,information,understand,communication,nobody told,no one told,not told,never told,nobody tells,nobody said,nobody returns,keep us informed,update,reply,replied,get through,message,leaflet,website,kontakt,informacja'
    WHERE name = 'Communication' AND keywords = 'told,tell,letter,phone,call,email,explain,information,understand,communicat,nobody said,kontakt,informacja';
UPDATE theme SET keywords = 'listen,heard,ignored,ignore,not hear,dismissed,my views,take seriously,słuchać,wysłuchać'
    WHERE name = 'Being listened to' AND keywords = 'listen,listened,heard,ignored,ignore,did not hear,didn''t listen,my views,słuchać,wysłuchać';
UPDATE theme SET keywords = 'kind,rude,respect,polite,nice,friendly,shouted,mean,patient,warm,welcoming,lovely,laughed at,made fun,nuisance,treat like babies,rough,uprzejm,miły,miła,szacunek,szacunku'
    WHERE name = 'Respect and kindness' AND keywords = 'kind,rude,respect,polite,nice,friendly,shouted,mean,uprzejm,miły,szacunek';
UPDATE theme SET keywords = 'transition,adult services,adult team,adult mental health,turn,moving on,leaving the childrens,cliff edge,grow up,dorosł,dorosły,dorosłość'
    WHERE name = 'Transition to adult services' AND keywords = 'transition,adult services,turning 18,turn 18,turning 25,moving on,grow up,dorosł';
UPDATE theme SET keywords = 'bus,minibus,travel,transport,too far,far away,parking,wheelchair,ramp,lift,accessible,access,taxi,car,get there,map,dojazd,autobus'
    WHERE name = 'Access and getting there' AND keywords = 'bus,travel,transport,far,parking,wheelchair,ramp,lift,access,dojazd';
UPDATE theme SET keywords = 'changed worker,new worker,different worker,different person,same person,keep changing,turnover,agency staff,new staff,new faces,new social worker,new doctor,retired,replaced,continuity,same nurse,keep him,keep her,pracownik'
    WHERE name = 'Staff and continuity' AND keywords = 'staff,worker,changed worker,new worker,different person,keep changing,turnover,pracownik';
UPDATE theme SET keywords = 'decide,decision,choice,choose,involved,my plan,asked me,say in,a say,partner,without asking,not asked,asked our views,decyzja,wybór,wybrać,zdanie'
    WHERE name = 'Being involved in decisions' AND keywords = 'decide,decision,choice,choose,involved,my plan,asked me,say in,decyzja,wybór';
UPDATE theme SET keywords = 'fun,club,activities,play,friends,holiday,enjoy,trips,games,disco,art,sports,football,swimming,bored,boring,college,zabawa,zajęcia,klub'
    WHERE name = 'Activities and fun' AND keywords = 'fun,club,activities,play,friends,holiday,enjoy,zabawa,zajęcia';
UPDATE theme SET keywords = 'respite,break,siblings,family,support for us,carers assessment,exhausted,breaking point,parent carer forum,support groups,need help too,help too,rodzina,rodzic,wsparcie,przerwa'
    WHERE name = 'Support for families' AND keywords = 'parent,carer,family,siblings,respite,break,support for us,rodzina,rodzic';
