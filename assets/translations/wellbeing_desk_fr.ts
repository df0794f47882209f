<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>ActionRow</name>
        <message>
            <source>Something small and kind, or practical</source>
            <translation>Un petit geste bienveillant, ou pratique</translation>
        </message>
        <message>
            <source>Action {number}</source>
            <translation>Action {number}</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Pour le</translation>
        </message>
        <message>
            <source>Give action {number} a date</source>
            <translation>Donner une date à l'action {number}</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>how the dates are shown</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>Date for action {number}</source>
            <translation>Date de l'action {number}</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Re&amp;tirer</translation>
        </message>
        <message>
            <source>Remove action {number}</source>
            <translation>Retirer l'action {number}</translation>
        </message>
    </context>
    <context>
        <name>ActionsInput</name>
        <message>
            <source>Add an &amp;action</source>
            <translation>A&amp;jouter une action</translation>
        </message>
        <message>
            <source>Add another action</source>
            <translation>Ajouter une autre action</translation>
        </message>
        <message>
            <source>Actions with a date show on your Today page when they are due.</source>
            <translation>Les actions datées apparaissent sur votre page Aujourd'hui le jour venu.</translation>
        </message>
    </context>
    <context>
        <name>ActivityTable</name>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>After doing it</source>
            <translation>Après l'avoir faite</translation>
        </message>
        <message>
            <source>After other days</source>
            <translation>Les autres jours</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>Jusqu'ici</translation>
        </message>
        <message>
            <source>An activity you removed</source>
            <translation>Une activité que vous avez retirée</translation>
        </message>
        <message>
            <source>No days yet</source>
            <translation>Pas encore de jours</translation>
        </message>
        <message numerus="yes">
            <source>{value} (%n days)</source>
            <translation>
                <numerusform>{value} (%n jour)</numerusform>
                <numerusform>{value} (%n jours)</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}
too few days to say</source>
            <translation>{figure}
trop peu de jours pour le dire</translation>
        </message>
        <message>
            <source>Lower stress the next day</source>
            <translation>Moins de stress le lendemain</translation>
        </message>
        <message>
            <source>Higher stress the next day</source>
            <translation>Plus de stress le lendemain</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>À peu près pareil</translation>
        </message>
        <message>
            <source>Too few days to say</source>
            <translation>Trop peu de jours pour le dire</translation>
        </message>
    </context>
    <context>
        <name>AddMemberDialog</name>
        <message>
            <source>Add a member</source>
            <translation>Ajouter un membre</translation>
        </message>
        <message>
            <source>Their member key</source>
            <translation>Sa clé de membre</translation>
        </message>
        <message>
            <source>Their name in the team</source>
            <translation>Son nom dans l'équipe</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>Next: compare the fingerprint</source>
            <translation>Suivant : comparer l'empreinte</translation>
        </message>
        <message>
            <source>Their member &amp;key</source>
            <translation>Sa &amp;clé de membre</translation>
        </message>
        <message>
            <source>Paste the key they sent you from “Your member key…”.</source>
            <translation>Collez la clé que cette personne vous a envoyée depuis « Votre clé de membre… ».</translation>
        </message>
        <message>
            <source>Their na&amp;me in the team</source>
            <translation>Son &amp;nom dans l'équipe</translation>
        </message>
        <message>
            <source>Paste their member key and type their name first.</source>
            <translation>Collez d'abord sa clé de membre et saisissez son nom.</translation>
        </message>
        <message>
            <source>That key is already in the team, as {name}.</source>
            <translation>Cette clé est déjà dans l'équipe, sous le nom {name}.</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>Wellbeing Desk is already running with this vault.</source>
            <translation>Wellbeing Desk est déjà ouvert avec ce coffre-fort.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your vault is safe. If this keeps happening, lock Wellbeing Desk and start it again.</source>
            <translation>Un problème inattendu est survenu. Votre coffre-fort est en sécurité. Si cela se reproduit, verrouillez Wellbeing Desk et relancez-le.</translation>
        </message>
    </context>
    <context>
        <name>BackupNotice</name>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Open backup settings</source>
            <translation>Ouvrir les paramètres de sauvegarde</translation>
        </message>
    </context>
    <context>
        <name>BackupSection</name>
        <message>
            <source>Back up automatically</source>
            <translation>Sauvegarde automatique</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivée</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Une fois par jour</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>Une fois par semaine</translation>
        </message>
        <message>
            <source>An automatic backup is made after you unlock, at most one a day.</source>
            <translation>Une sauvegarde automatique est faite après le déverrouillage, au plus une par jour.</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>Sauvegardes à conserver</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Dossier de sauvegarde</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choisir le dossier de sauvegarde</translation>
        </message>
        <message>
            <source>Beside the vault folder unless you choose another. A USB stick is a good choice: a backup on another drive survives a lost or broken computer.</source>
            <translation>À côté du dossier du coffre-fort, sauf si vous en choisissez un autre. Une clé USB est un bon choix : une sauvegarde sur un autre support survit à un ordinateur perdu ou en panne.</translation>
        </message>
        <message>
            <source>Back &amp;up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Choose a folder for backups</source>
            <translation>Choisissez un dossier pour les sauvegardes</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>the backup folder is not there (is the USB stick plugged in?)</source>
            <translation>le dossier de sauvegarde est introuvable (la clé USB est-elle branchée ?)</translation>
        </message>
        <message>
            <source>there is not enough room in the backup folder</source>
            <translation>il n'y a pas assez de place dans le dossier de sauvegarde</translation>
        </message>
        <message>
            <source>Wellbeing Desk may not write to the backup folder</source>
            <translation>Wellbeing Desk n'a pas le droit d'écrire dans le dossier de sauvegarde</translation>
        </message>
        <message>
            <source>the backup folder is inside the vault folder; choose another one</source>
            <translation>le dossier de sauvegarde se trouve dans le dossier du coffre-fort ; choisissez-en un autre</translation>
        </message>
        <message>
            <source>the backup did not read back correctly (the drive may be failing)</source>
            <translation>la sauvegarde n'a pas pu être relue correctement (le support est peut-être défaillant)</translation>
        </message>
        <message>
            <source>something went wrong while writing it</source>
            <translation>un problème est survenu pendant l'écriture</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. Try again with “Back up now”.</source>
            <translation>La dernière sauvegarde a échoué : {reason}. Réessayez avec « Sauvegarder maintenant ».</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. It will be tried again the next time you unlock.</source>
            <translation>La dernière sauvegarde a échoué : {reason}. Elle sera retentée au prochain déverrouillage.</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>Aucune sauvegarde n'a encore été faite.</translation>
        </message>
        <message>
            <source>Last backup: {when}</source>
            <translation>Dernière sauvegarde : {when}</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. Your vault itself is fine.</source>
            <translation>La dernière sauvegarde a échoué : {reason}. Votre coffre-fort, lui, va bien.</translation>
        </message>
        <message>
            <source>That passphrase does not open this backup. Type the passphrase the vault had when the backup was made.</source>
            <translation>Cette phrase secrète n'ouvre pas cette sauvegarde. Saisissez la phrase secrète qu'avait le coffre-fort au moment de la sauvegarde.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Wellbeing Desk. Update the app to restore it. Nothing was changed.</source>
            <translation>Cette sauvegarde a été faite par une version plus récente de Wellbeing Desk. Mettez l'application à jour pour la restaurer. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This file is not a Wellbeing Desk backup, or it is damaged. Nothing was changed.</source>
            <translation>Ce fichier n'est pas une sauvegarde de Wellbeing Desk, ou il est endommagé. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>That folder holds other files. Choose an empty folder or make a new one. Nothing was changed.</source>
            <translation>Ce dossier contient d'autres fichiers. Choisissez un dossier vide ou créez-en un. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>There is not enough room on the disk to restore this backup. Free some space and try again. Nothing was changed.</source>
            <translation>Il n'y a pas assez de place sur le disque pour restaurer cette sauvegarde. Libérez de l'espace et réessayez. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The backup file could not be found. Choose it again. Nothing was changed.</source>
            <translation>Le fichier de sauvegarde est introuvable. Choisissez-le à nouveau. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Wellbeing Desk may not write to that folder. Choose another one. Nothing was changed.</source>
            <translation>Wellbeing Desk n'a pas le droit d'écrire dans ce dossier. Choisissez-en un autre. Rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>BreathingCircle</name>
        <message>
            <source>Breathing circle</source>
            <translation>Cercle de respiration</translation>
        </message>
        <message>
            <source>A circle that grows while you breathe in and shrinks while you breathe out.</source>
            <translation>Un cercle qui grandit quand vous inspirez et rétrécit quand vous expirez.</translation>
        </message>
    </context>
    <context>
        <name>BreathingPage</name>
        <message>
            <source>Breathing pace</source>
            <translation>Rythme de respiration</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Rythme</translation>
        </message>
        <message>
            <source>Follow the marked step and the count. Let your shoulders drop. If a pace feels hard, choose a gentler one. If you feel dizzy or light-headed, stop and breathe normally. If focusing on your breath makes you feel worse, try 5-4-3-2-1 senses instead.</source>
            <translation>Suivez l'étape indiquée et le décompte. Relâchez les épaules. Si un rythme vous semble difficile, choisissez-en un plus doux. Si vous avez des vertiges ou la tête qui tourne, arrêtez et respirez normalement. Si vous concentrer sur votre respiration vous fait vous sentir plus mal, essayez plutôt l'exercice des sens 5-4-3-2-1.</translation>
        </message>
        <message>
            <source>Breathe in as the circle grows and out as it shrinks. Let your shoulders drop. If a pace feels hard, choose a gentler one. If you feel dizzy or light-headed, stop and breathe normally. If focusing on your breath makes you feel worse, try 5-4-3-2-1 senses instead.</source>
            <translation>Inspirez quand le cercle grandit et expirez quand il rétrécit. Relâchez les épaules. Si un rythme vous semble difficile, choisissez-en un plus doux. Si vous avez des vertiges ou la tête qui tourne, arrêtez et respirez normalement. Si vous concentrer sur votre respiration vous fait vous sentir plus mal, essayez plutôt l'exercice des sens 5-4-3-2-1.</translation>
        </message>
        <message>
            <source>Press Start when you are ready.</source>
            <translation>Appuyez sur Démarrer quand vous voulez.</translation>
        </message>
        <message>
            <source>That was four rounds, enough to begin with. Breathe normally, or continue if you like.</source>
            <translation>Cela fait quatre cycles, assez pour commencer. Respirez normalement, ou continuez si vous le souhaitez.</translation>
        </message>
        <message>
            <source>Paused. Continue whenever you like.</source>
            <translation>En pause. Reprenez quand vous voulez.</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>Pause the breathing guide</source>
            <translation>Mettre en pause le guide de respiration</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <source>Continue the breathing guide</source>
            <translation>Reprendre le guide de respiration</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Démarrer</translation>
        </message>
        <message>
            <source>Start the breathing guide</source>
            <translation>Démarrer le guide de respiration</translation>
        </message>
        <message>
            <source>Breathe in… {seconds}</source>
            <translation>Inspirez… {seconds}</translation>
        </message>
        <message>
            <source>Breathe out… {seconds}</source>
            <translation>Expirez… {seconds}</translation>
        </message>
        <message>
            <source>Rest… {seconds}</source>
            <translation>Poumons vides… {seconds}</translation>
        </message>
        <message>
            <source>Hold… {seconds}</source>
            <translation>Retenez… {seconds}</translation>
        </message>
        <message>
            <source>Gentle 4-6</source>
            <translation>Doux 4-6</translation>
        </message>
        <message>
            <source>Slower out-breath 4-2-6</source>
            <translation>Expiration plus lente 4-2-6</translation>
        </message>
        <message>
            <source>Box breathing 4-4-4-4</source>
            <translation>Respiration carrée 4-4-4-4</translation>
        </message>
        <message>
            <source>Relaxing breath 4-7-8</source>
            <translation>Respiration apaisante 4-7-8</translation>
        </message>
        <message>
            <source>In for 4 seconds, out for 6. An easy place to start.</source>
            <translation>Inspirez 4 secondes, expirez 6. Une façon simple de commencer.</translation>
        </message>
        <message>
            <source>In for 4 seconds, hold for 2, out for 6. A long out-breath helps your body slow down.</source>
            <translation>Inspirez 4 secondes, retenez 2, expirez 6. Une longue expiration aide votre corps à ralentir.</translation>
        </message>
        <message>
            <source>In, hold, out, hold: 4 seconds each. Steady and even.</source>
            <translation>Inspirez, retenez, expirez, retenez : 4 secondes chacun. Un rythme calme et régulier.</translation>
        </message>
        <message>
            <source>In for 4 seconds, hold for 7, out for 8. Four rounds are enough to begin; if the hold feels too long or you feel light-headed, choose a gentler pace.</source>
            <translation>Inspirez 4 secondes, retenez 7, expirez 8. Quatre cycles suffisent pour commencer ; si retenir votre souffle vous semble trop long ou si la tête vous tourne, choisissez un rythme plus doux.</translation>
        </message>
    </context>
    <context>
        <name>BreathingSteps</name>
        <message numerus="yes">
            <source>Breathe in for %n seconds</source>
            <translation>
                <numerusform>Inspirez pendant %n seconde</numerusform>
                <numerusform>Inspirez pendant %n secondes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Breathe out for %n seconds</source>
            <translation>
                <numerusform>Expirez pendant %n seconde</numerusform>
                <numerusform>Expirez pendant %n secondes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rest for %n seconds</source>
            <translation>
                <numerusform>Restez poumons vides pendant %n seconde</numerusform>
                <numerusform>Restez poumons vides pendant %n secondes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold for %n seconds</source>
            <translation>
                <numerusform>Retenez votre souffle pendant %n seconde</numerusform>
                <numerusform>Retenez votre souffle pendant %n secondes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BroughtBackPane</name>
        <message>
            <source>This was deleted on one of your devices while it was being changed on another, so it was kept. Keep it, or move it to the trash? From the trash you can still restore it.</source>
            <translation>Ceci a été supprimé sur l'un de vos appareils pendant qu'il était modifié sur un autre : il a donc été conservé. Le garder, ou le mettre à la corbeille ? Depuis la corbeille, vous pourrez encore le restaurer.</translation>
        </message>
        <message>
            <source>What it says</source>
            <translation>Ce qui est écrit</translation>
        </message>
        <message>
            <source>Nothing written here.</source>
            <translation>Rien n'est écrit ici.</translation>
        </message>
        <message>
            <source>Keep &amp;it</source>
            <translation>&amp;Garder</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Garder</translation>
        </message>
        <message>
            <source>&amp;Move to the trash</source>
            <translation>&amp;Mettre à la corbeille</translation>
        </message>
        <message>
            <source>Move it to the trash, where you can still restore it</source>
            <translation>Le mettre à la corbeille, d'où vous pourrez encore le restaurer</translation>
        </message>
        <message>
            <source>What it &amp;says</source>
            <translation>Ce qui est &amp;écrit</translation>
        </message>
    </context>
    <context>
        <name>CareItems</name>
        <message>
            <source>Rest</source>
            <translation>Repos</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Bouger</translation>
        </message>
        <message>
            <source>Time with people I trust</source>
            <translation>Temps avec des proches</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Nature</translation>
        </message>
        <message>
            <source>Creative work</source>
            <translation>Activité créative</translation>
        </message>
        <message>
            <source>Spiritual practice</source>
            <translation>Pratique spirituelle</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Accompagnement psychologique</translation>
        </message>
        <message>
            <source>Time off / a boundary kept</source>
            <translation>Temps libre / une limite respectée</translation>
        </message>
        <message>
            <source>A proper meal</source>
            <translation>Un bon repas</translation>
        </message>
        <message>
            <source>Trouble sleeping</source>
            <translation>Difficultés à dormir</translation>
        </message>
        <message>
            <source>Irritability</source>
            <translation>Irritabilité</translation>
        </message>
        <message>
            <source>Feeling numb</source>
            <translation>Ne plus rien ressentir</translation>
        </message>
        <message>
            <source>Withdrawing from people</source>
            <translation>M'éloigner des autres</translation>
        </message>
        <message>
            <source>Exhaustion</source>
            <translation>Épuisement</translation>
        </message>
        <message>
            <source>Always on alert</source>
            <translation>Toujours sur le qui-vive</translation>
        </message>
        <message>
            <source>Nightmares or unwanted memories</source>
            <translation>Cauchemars ou souvenirs qui reviennent sans qu'on le veuille</translation>
        </message>
        <message>
            <source>Hopelessness or cynicism</source>
            <translation>Perte d'espoir ou cynisme</translation>
        </message>
        <message>
            <source>Drinking more than usual</source>
            <translation>Boire plus que d'habitude</translation>
        </message>
        <message>
            <source>Body aches</source>
            <translation>Douleurs dans le corps</translation>
        </message>
        <message>
            <source>Not being able to stop working</source>
            <translation>Ne pas arriver à m'arrêter de travailler</translation>
        </message>
        <message>
            <source>Peer-support circle</source>
            <translation>Cercle de soutien entre pairs</translation>
        </message>
        <message>
            <source>Counselling session</source>
            <translation>Séance d'accompagnement psychologique</translation>
        </message>
        <message>
            <source>Team meeting</source>
            <translation>Réunion d'équipe</translation>
        </message>
        <message>
            <source>Retreat or safe space</source>
            <translation>Retraite ou espace sûr</translation>
        </message>
        <message>
            <source>Online dialogue</source>
            <translation>Dialogue en ligne</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>CareListEditor</name>
        <message>
            <source>activities</source>
            <translation>activités</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>signaux d'alerte</translation>
        </message>
        <message>
            <source>Your {things}</source>
            <translation>Vos {things}</translation>
        </message>
        <message>
            <source>Rename the chosen item</source>
            <translation>Renommer l'élément choisi</translation>
        </message>
        <message>
            <source>Move the chosen item up</source>
            <translation>Monter l'élément choisi</translation>
        </message>
        <message>
            <source>Move the chosen item down</source>
            <translation>Descendre l'élément choisi</translation>
        </message>
        <message>
            <source>Hide the chosen item</source>
            <translation>Masquer l'élément choisi</translation>
        </message>
        <message>
            <source>Show the chosen item again</source>
            <translation>Afficher de nouveau l'élément choisi</translation>
        </message>
        <message>
            <source>A new name</source>
            <translation>Un nouveau nom</translation>
        </message>
        <message>
            <source>Name of a new item</source>
            <translation>Nom d'un nouvel élément</translation>
        </message>
        <message>
            <source>Add the new item</source>
            <translation>Ajouter le nouvel élément</translation>
        </message>
        <message>
            <source>Hidden from the check-in and the editor</source>
            <translation>Masqué dans le point du jour et dans l'éditeur</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renommer</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Vers le &amp;haut</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Vers le &amp;bas</translation>
        </message>
        <message>
            <source>&amp;Hide</source>
            <translation>&amp;Masquer</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>A&amp;jouter</translation>
        </message>
        <message>
            <source>{name} (hidden)</source>
            <translation>{name} (masqué)</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>A&amp;fficher</translation>
        </message>
    </context>
    <context>
        <name>CareListsDialog</name>
        <message>
            <source>Lists</source>
            <translation>Listes</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>Ce qui m'aide</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Signaux d'alerte</translation>
        </message>
        <message>
            <source>My lists</source>
            <translation>Mes listes</translation>
        </message>
        <message>
            <source>These are the choices in your check-in and your entries. Hiding an item keeps it in the entries that already have it.</source>
            <translation>Ce sont les choix proposés dans votre point du jour et vos entrées. Masquer un élément le conserve dans les entrées qui le contiennent déjà.</translation>
        </message>
        <message>
            <source>Close my lists</source>
            <translation>Fermer mes listes</translation>
        </message>
    </context>
    <context>
        <name>CarersList</name>
        <message>
            <source>Who would look after them</source>
            <translation>Qui s’en occuperait</translation>
        </message>
        <message>
            <source>Add someone to look after &amp;them…</source>
            <translation>Ajouter quelqu’un pour s’&amp;occuper d’elles…</translation>
        </message>
        <message>
            <source>Link someone from the director&amp;y…</source>
            <translation>&amp;Lier une personne de l’annuaire…</translation>
        </message>
        <message>
            <source>Take off this l&amp;ist</source>
            <translation>Retirer de &amp;cette liste</translation>
        </message>
        <message>
            <source>{name} is off this list (still in your directory).</source>
            <translation>{name} n’est plus dans cette liste (toujours dans votre annuaire).</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Put {name} back on this list</source>
            <translation>Remettre {name} dans cette liste</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>Aucun numéro enregistré</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Changer de phrase secrète</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <source>Changing your passphrase… this takes a moment.</source>
            <translation>Changement de votre phrase secrète… cela prend un moment.</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>&amp;Changer de phrase secrète</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Your vault is encrypted again under the new passphrase. A recovery code, if you have one, keeps working. Backups made before still open with the passphrase they had.</source>
            <translation>Votre coffre-fort est chiffré à nouveau avec la nouvelle phrase secrète. Votre code de récupération, si vous en avez un, reste valable. Les sauvegardes faites avant s'ouvrent toujours avec la phrase secrète qu'elles avaient.</translation>
        </message>
        <message>
            <source>Type your current passphrase first.</source>
            <translation>Saisissez d'abord votre phrase secrète actuelle.</translation>
        </message>
    </context>
    <context>
        <name>ChartImageSaver</name>
        <message>
            <source>Save the charts as an image?</source>
            <translation>Enregistrer les graphiques en image ?</translation>
        </message>
        <message>
            <source>The image will not be encrypted. Anyone who can open the file can see your stress and mood over time. Save it only where you trust, and delete it when you no longer need it.

Save the image?</source>
            <translation>L'image ne sera pas chiffrée. Toute personne qui peut ouvrir le fichier verra votre stress et votre humeur au fil du temps. Enregistrez-la seulement dans un endroit de confiance, et supprimez-la quand vous n'en avez plus besoin.

Enregistrer l'image ?</translation>
        </message>
        <message>
            <source>Save the charts as an image</source>
            <translation>Enregistrer les graphiques en image</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>The image was not saved</source>
            <translation>L'image n'a pas été enregistrée</translation>
        </message>
        <message>
            <source>The image could not be saved, and nothing was written. Check that the folder exists and that you are allowed to write to it, then try again.</source>
            <translation>L'image n'a pas pu être enregistrée, et rien n'a été écrit. Vérifiez que le dossier existe et que vous avez le droit d'y écrire, puis réessayez.</translation>
        </message>
    </context>
    <context>
        <name>CheckInCard</name>
        <message>
            <source>Check in</source>
            <translation>Point du jour</translation>
        </message>
        <message>
            <source>Every part is optional. Enter saves.</source>
            <translation>Tout est facultatif. Enter enregistre.</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>Ce que j'ai fait pour moi</translation>
        </message>
        <message>
            <source>&amp;Edit my lists…</source>
            <translation>&amp;Modifier mes listes…</translation>
        </message>
        <message>
            <source>Edit my list of activities</source>
            <translation>Modifier ma liste d'activités</translation>
        </message>
        <message>
            <source>One line, if you like</source>
            <translation>Une ligne, si vous voulez</translation>
        </message>
        <message>
            <source>One line about today</source>
            <translation>Une ligne sur aujourd'hui</translation>
        </message>
        <message>
            <source>&amp;Save check-in</source>
            <translation>&amp;Enregistrer le point du jour</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>Enregistrer le point du jour</translation>
        </message>
        <message>
            <source>What did you do for yourself?</source>
            <translation>Qu'avez-vous fait pour vous ?</translation>
        </message>
        <message>
            <source>How stressed do you feel right now?</source>
            <translation>Quel est votre niveau de stress en ce moment ?</translation>
        </message>
        <message>
            <source>How is your mood?</source>
            <translation>Comment est votre humeur ?</translation>
        </message>
        <message>
            <source>Choose a number, an activity or write a line first.</source>
            <translation>Choisissez d'abord un chiffre, une activité, ou écrivez une ligne.</translation>
        </message>
        <message>
            <source>Saved again at {time}.</source>
            <translation>Enregistré de nouveau à {time}.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>The check-in could not be saved. {reason}</source>
            <translation>Le point du jour n'a pas pu être enregistré. {reason}</translation>
        </message>
    </context>
    <context>
        <name>CodeCard</name>
        <message>
            <source>Your pairing code</source>
            <translation>Votre code d'appairage</translation>
        </message>
        <message>
            <source>Write this down or print it, and keep it safe: anyone with this code and the folder can read what you sync. You can see it again later in Sync, after your passphrase.</source>
            <translation>Notez-le ou imprimez-le et gardez-le en lieu sûr : avec ce code et le dossier, on peut lire ce que vous synchronisez. Vous le retrouverez dans Synchronisation, après votre phrase secrète.</translation>
        </message>
        <message>
            <source>On your other device, open Sync, choose “Join another device’s sync”, pick the same folder and type this code.</source>
            <translation>Sur l'autre appareil, ouvrez Synchronisation, choisissez « Rejoindre la synchronisation d'un autre appareil », le même dossier, puis saisissez ce code.</translation>
        </message>
        <message>
            <source>Cop&amp;y the code</source>
            <translation>C&amp;opier le code</translation>
        </message>
        <message>
            <source>Copy the pairing code</source>
            <translation>Copier le code d'appairage</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Terminé</translation>
        </message>
        <message>
            <source>Done: hide the pairing code</source>
            <translation>Terminé : masquer le code d'appairage</translation>
        </message>
        <message>
            <source>Pairing code: {code}</source>
            <translation>Code d'appairage : {code}</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard is emptied in %n seconds.</source>
            <translation>
                <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
                <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommonReactionsDialog</name>
        <message>
            <source>What many people feel afterwards</source>
            <translation>Ce que beaucoup de personnes ressentent après</translation>
        </message>
        <message>
            <source>After something frightening or very hard, most people notice changes in themselves in the days and weeks that follow. These are common reactions to something that should not have happened. They do not mean that something is wrong with you.</source>
            <translation>Après un moment effrayant ou très difficile, la plupart des personnes remarquent des changements en elles dans les jours et les semaines qui suivent. Ce sont des réactions courantes face à quelque chose qui n'aurait pas dû arriver. Elles ne veulent pas dire que quelque chose ne va pas chez vous.</translation>
        </message>
        <message>
            <source>What many people notice</source>
            <translation>Ce que beaucoup de personnes remarquent</translation>
        </message>
        <message>
            <source>Trouble sleeping, or waking often</source>
            <translation>Des difficultés à dormir, ou des réveils fréquents</translation>
        </message>
        <message>
            <source>Startling easily, or feeling on edge</source>
            <translation>Sursauter facilement, ou être sur le qui-vive</translation>
        </message>
        <message>
            <source>Getting irritable or angry more quickly</source>
            <translation>S'irriter ou se mettre en colère plus vite</translation>
        </message>
        <message>
            <source>Feeling numb, flat or far away</source>
            <translation>Ne rien ressentir, ou se sentir loin de tout</translation>
        </message>
        <message>
            <source>Feeling guilty, or blaming yourself</source>
            <translation>Se sentir coupable, ou se faire des reproches</translation>
        </message>
        <message>
            <source>Feeling tired, even after rest</source>
            <translation>De la fatigue, même après du repos</translation>
        </message>
        <message>
            <source>Trouble concentrating or remembering things</source>
            <translation>Des difficultés à se concentrer ou à se souvenir des choses</translation>
        </message>
        <message>
            <source>Not everyone feels all of these, and some people feel very little; that is common too. For most people they ease little by little over the following weeks. Some days will be harder than others.</source>
            <translation>Tout le monde ne ressent pas tout cela, et certaines personnes ressentent très peu de choses ; c'est courant aussi. Pour la plupart des personnes, cela s'apaise peu à peu au fil des semaines suivantes. Certains jours seront plus difficiles que d'autres.</translation>
        </message>
        <message>
            <source>What often helps</source>
            <translation>Ce qui aide souvent</translation>
        </message>
        <message>
            <source>Rest, even when sleep does not come easily</source>
            <translation>Se reposer, même quand le sommeil ne vient pas facilement</translation>
        </message>
        <message>
            <source>A simple routine: meals, water, a little movement</source>
            <translation>Une routine simple : des repas, de l'eau, un peu de mouvement</translation>
        </message>
        <message>
            <source>Time with people you trust. You do not have to talk about what happened.</source>
            <translation>Du temps avec des personnes de confiance. Vous n'avez pas à parler de ce qui s'est passé.</translation>
        </message>
        <message>
            <source>Grounding when it gets too much: slow breathing, or noticing what is around you</source>
            <translation>L'ancrage quand c'est trop : respirer lentement, ou remarquer ce qui vous entoure</translation>
        </message>
        <message>
            <source>Breaks from the news and from work, and going easy on alcohol</source>
            <translation>Des pauses loin des actualités et du travail, et modérer l'alcool</translation>
        </message>
        <message>
            <source>&amp;Breathe and ground</source>
            <translation>&amp;Respirer et s'ancrer</translation>
        </message>
        <message>
            <source>Breathe and ground</source>
            <translation>Respirer et s'ancrer</translation>
        </message>
        <message>
            <source>Breathing and grounding exercises (Ctrl+G)</source>
            <translation>Exercices de respiration et d'ancrage (Ctrl+G)</translation>
        </message>
        <message>
            <source>When talking with someone trained is worth it</source>
            <translation>Quand il vaut la peine de parler à une personne formée</translation>
        </message>
        <message>
            <source>A counsellor, a doctor or another trained person you trust can help, and asking for that is a way of looking after yourself. It is worth it if:</source>
            <translation>Une personne d'accompagnement psychologique, le corps médical ou une autre personne formée en qui vous avez confiance peut vous aider, et le demander est une façon de prendre soin de vous. Cela vaut la peine si :</translation>
        </message>
        <message>
            <source>these reactions are still strong after a few weeks, or getting worse</source>
            <translation>ces réactions restent fortes après quelques semaines, ou s'aggravent</translation>
        </message>
        <message>
            <source>you cannot work, or cannot look after yourself or the people who depend on you</source>
            <translation>vous ne pouvez plus travailler, ni prendre soin de vous ou des personnes qui dépendent de vous</translation>
        </message>
        <message>
            <source>you are drinking or using more than usual to get through the day</source>
            <translation>vous buvez ou consommez plus que d'habitude pour tenir la journée</translation>
        </message>
        <message>
            <source>If you are thinking about hurting yourself, please reach one of your people now, or a local crisis line.</source>
            <translation>Si vous pensez à vous faire du mal, contactez dès maintenant l'un de vos proches, ou une ligne de crise locale.</translation>
        </message>
        <message>
            <source>&amp;Reach someone now</source>
            <translation>Parler à &amp;quelqu'un</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>Parler à quelqu'un maintenant</translation>
        </message>
        <message>
            <source>Your people for an emergency, then support (Ctrl+R)</source>
            <translation>Vos proches en cas d'urgence, puis le soutien (Ctrl+R)</translation>
        </message>
        <message>
            <source>Close this page</source>
            <translation>Fermer cette page</translation>
        </message>
    </context>
    <context>
        <name>CommonReactionsLink</name>
        <message>
            <source>&amp;What many people feel afterwards</source>
            <translation>Ce que &amp;beaucoup de personnes ressentent après</translation>
        </message>
        <message>
            <source>Read what many people feel in the days and weeks after something hard</source>
            <translation>Lire ce que beaucoup de personnes ressentent dans les jours et les semaines qui suivent un moment difficile</translation>
        </message>
        <message>
            <source>Read: what many people feel &amp;afterwards</source>
            <translation>&amp;Lire : ce que beaucoup de personnes ressentent après</translation>
        </message>
    </context>
    <context>
        <name>ConfirmAddDialog</name>
        <message>
            <source>Add {name}?</source>
            <translation>Ajouter {name} ?</translation>
        </message>
        <message>
            <source>Ask {name} to read you the fingerprint of her member key. Add her only if every group matches.</source>
            <translation>Demandez à {name} de vous lire l'empreinte de sa clé de membre. N'ajoutez cette clé que si chaque groupe correspond.</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Empreinte : {fingerprint}</translation>
        </message>
        <message>
            <source>&amp;Add to the team</source>
            <translation>&amp;Ajouter à l'équipe</translation>
        </message>
        <message>
            <source>Add {name} to the team</source>
            <translation>Ajouter {name} à l'équipe</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPassphraseDialog</name>
        <message>
            <source>Confirm with your passphrase</source>
            <translation>Confirmez avec votre phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmer</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <source>Contact type</source>
            <translation>Type de contact</translation>
        </message>
        <message>
            <source>Phone number, address or handle</source>
            <translation>Numéro de téléphone, adresse ou identifiant</translation>
        </message>
        <message>
            <source>Number, address or handle</source>
            <translation>Numéro, adresse ou identifiant</translation>
        </message>
        <message>
            <source>Contact label</source>
            <translation>Libellé du contact</translation>
        </message>
        <message>
            <source>Label, e.g. 24-hour line</source>
            <translation>Libellé, p. ex. ligne 24 h/24</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;tirer</translation>
        </message>
        <message>
            <source>Remove this contact method</source>
            <translation>Retirer ce moyen de contact</translation>
        </message>
    </context>
    <context>
        <name>ContactsInput</name>
        <message>
            <source>Search your directory</source>
            <translation>Rechercher dans votre annuaire</translation>
        </message>
        <message>
            <source>Search your directory for people to add</source>
            <translation>Chercher dans votre annuaire des personnes à ajouter</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>People and organisations in your directory; Enter adds one</source>
            <translation>Personnes et organisations de votre annuaire ; Enter en ajoute une</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;jouter</translation>
        </message>
        <message>
            <source>Add the one chosen in the list</source>
            <translation>Ajouter celle choisie dans la liste</translation>
        </message>
        <message>
            <source>Or type any name</source>
            <translation>Ou saisissez n'importe quel nom</translation>
        </message>
        <message>
            <source>A name to add</source>
            <translation>Un nom à ajouter</translation>
        </message>
        <message>
            <source>Add na&amp;me</source>
            <translation>Ajouter le &amp;nom</translation>
        </message>
        <message>
            <source>Add the name you typed</source>
            <translation>Ajouter le nom saisi</translation>
        </message>
        <message>
            <source>From your directory</source>
            <translation>De votre annuaire</translation>
        </message>
        <message>
            <source>You chose:</source>
            <translation>Votre choix :</translation>
        </message>
        <message>
            <source>Nobody chosen yet.</source>
            <translation>Aucun choix pour l'instant.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Re&amp;tirer</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Retirer {name}</translation>
        </message>
        <message>
            <source>{name} · {organisation}</source>
            <translation>{name} · {organisation}</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>Create your vault</source>
            <translation>Créer votre coffre-fort</translation>
        </message>
        <message>
            <source>Everything you keep in Wellbeing Desk is encrypted with one passphrase. Choose a few words that only you know and can remember.</source>
            <translation>Tout ce que vous gardez dans Wellbeing Desk est chiffré avec une seule phrase secrète. Choisissez quelques mots que personne d'autre ne connaît et dont vous pourrez vous souvenir.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Répétez la phrase secrète</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
        </message>
        <message>
            <source>This passphrase is weak. Use it anyway.</source>
            <translation>Cette phrase secrète est faible. L'utiliser quand même.</translation>
        </message>
        <message>
            <source>Use the weak passphrase anyway</source>
            <translation>Utiliser quand même la phrase secrète faible</translation>
        </message>
        <message>
            <source>Important: if you forget this passphrase, nobody can recover your vault, not even the people who make Wellbeing Desk. Keep a copy somewhere safe if you need one.</source>
            <translation>Important : si vous oubliez cette phrase secrète, personne ne pourra récupérer votre coffre-fort, pas même l'équipe qui crée Wellbeing Desk. Si vous avez besoin d'en garder une copie, mettez-la en lieu sûr.</translation>
        </message>
        <message>
            <source>&amp;Create vault</source>
            <translation>&amp;Créer le coffre-fort</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Créer le coffre-fort</translation>
        </message>
        <message>
            <source>Creating your vault… this takes a moment.</source>
            <translation>Création de votre coffre-fort… cela prend un moment.</translation>
        </message>
        <message>
            <source>Have a backup? &amp;Restore it…</source>
            <translation>Vous avez une sauvegarde ? &amp;Restaurez-la…</translation>
        </message>
        <message>
            <source>Restore a backup instead</source>
            <translation>Restaurer plutôt une sauvegarde</translation>
        </message>
        <message>
            <source>Type a passphrase first.</source>
            <translation>Saisissez d'abord une phrase secrète.</translation>
        </message>
        <message numerus="yes">
            <source>Not created: the passphrase is too short. Use at least %n characters.</source>
            <translation>
                <numerusform>Non créé : la phrase secrète est trop courte. Utilisez au moins %n caractère.</numerusform>
                <numerusform>Non créé : la phrase secrète est trop courte. Utilisez au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not created yet: type the passphrase a second time, below.</source>
            <translation>Pas encore créé : saisissez la phrase secrète une deuxième fois, ci-dessous.</translation>
        </message>
        <message>
            <source>Not created: the two passphrases are not the same yet.</source>
            <translation>Non créé : les deux phrases secrètes ne sont pas encore identiques.</translation>
        </message>
        <message>
            <source>Not created: this passphrase is weak. Add a few more words, or tick the box below to use it anyway.</source>
            <translation>Non créé : cette phrase secrète est faible. Ajoutez quelques mots, ou cochez la case ci-dessous pour l'utiliser quand même.</translation>
        </message>
    </context>
    <context>
        <name>CreateTeamDialog</name>
        <message>
            <source>Create a team space</source>
            <translation>Créer un espace d'équipe</translation>
        </message>
        <message>
            <source>A team space keeps the directory entries you share with your team. You create it, then add each person with their member key.</source>
            <translation>Un espace d'équipe garde les entrées de l'annuaire que vous partagez avec votre équipe. Vous le créez, puis vous ajoutez chaque personne avec sa clé de membre.</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>Nom de l'équipe</translation>
        </message>
        <message>
            <source>Your name in the team</source>
            <translation>Votre nom dans l'équipe</translation>
        </message>
        <message>
            <source>Team &amp;name</source>
            <translation>&amp;Nom de l'équipe</translation>
        </message>
        <message>
            <source>&amp;Your name in the team</source>
            <translation>&amp;Votre nom dans l'équipe</translation>
        </message>
        <message>
            <source>How the others in the team know you: they see it in the list of members.</source>
            <translation>Le nom sous lequel l’équipe vous connaît : il figure dans la liste des membres.</translation>
        </message>
        <message>
            <source>&amp;Create the team space</source>
            <translation>&amp;Créer l'espace d'équipe</translation>
        </message>
        <message>
            <source>Create the team space</source>
            <translation>Créer l'espace d'équipe</translation>
        </message>
        <message>
            <source>Choose the folder the team shares</source>
            <translation>Choisissez le dossier que l'équipe partage</translation>
        </message>
    </context>
    <context>
        <name>DebriefExportDialog</name>
        <message>
            <source>Export this debrief</source>
            <translation>Exporter ce bilan</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>It holds this debrief's summary: your answers and your follow-up actions. You will be asked for your passphrase before anything is written.</source>
            <translation>Le fichier contient le résumé de ce bilan : vos réponses et vos actions de suivi. Votre phrase secrète vous sera demandée avant que quoi que ce soit soit écrit.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Export the debrief</source>
            <translation>Exporter le bilan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save the export</source>
            <translation>Enregistrer l'export</translation>
        </message>
        <message>
            <source>Debrief: {title}</source>
            <translation>Bilan : {title}</translation>
        </message>
        <message>
            <source>Started {start} · finished {end}</source>
            <translation>Commencé le {start} · terminé le {end}</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Actions de suivi</translation>
        </message>
        <message>
            <source>Nothing was written down in this debrief.</source>
            <translation>Rien n'a été noté dans ce bilan.</translation>
        </message>
    </context>
    <context>
        <name>DebriefHome</name>
        <message>
            <source>Debrief</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>A quiet space to look after yourself after something hard: a raid, a threat, a colleague's arrest, a difficult testimony. Go at your own pace. Every question can be skipped, and you can pause at any time; what you write stays encrypted on this computer.</source>
            <translation>Un espace calme pour prendre soin de vous après quelque chose de difficile : une perquisition, une menace, l'arrestation d'une personne de votre équipe, un témoignage pénible. Allez à votre rythme. Vous pouvez passer chaque question et faire une pause à tout moment ; ce que vous écrivez reste chiffré sur cet ordinateur.</translation>
        </message>
        <message>
            <source>This is not therapy. Only the security review asks what happened, and only the facts; you can leave those questions out or skip any question. If things feel like too much, or weeks later you still can't sleep, feel on edge or feel numb, talking with someone trained can help.</source>
            <translation>Ceci n'est pas une thérapie. Seule la revue de sécurité demande ce qui s'est passé, et seulement les faits ; vous pouvez laisser ces questions de côté ou passer n'importe quelle question. Si c'est trop lourd, ou si des semaines plus tard vous n'arrivez toujours pas à dormir, restez sur le qui-vive ou ne ressentez plus rien, parler avec une personne formée peut aider.</translation>
        </message>
        <message>
            <source>&amp;See support in your directory</source>
            <translation>Voir le soutien &amp;dans votre annuaire</translation>
        </message>
        <message>
            <source>See counselling, trauma care, peer support and helplines in your directory</source>
            <translation>Voir l'accompagnement psychologique, les soins en psychotraumatologie, le soutien entre pairs et les lignes d'écoute dans votre annuaire</translation>
        </message>
        <message>
            <source>&amp;Breathe and ground yourself</source>
            <translation>&amp;Respirer et s'ancrer</translation>
        </message>
        <message>
            <source>Open the breathing and grounding exercises</source>
            <translation>Ouvrir les exercices de respiration et d'ancrage</translation>
        </message>
        <message>
            <source>Continue where you left off</source>
            <translation>Reprendre là où vous en étiez</translation>
        </message>
        <message>
            <source>&amp;Manage templates…</source>
            <translation>&amp;Gérer les modèles…</translation>
        </message>
        <message>
            <source>Manage templates: duplicate, edit, write your own, import and export</source>
            <translation>Gérer les modèles : dupliquer, modifier, écrire les vôtres, importer et exporter</translation>
        </message>
        <message>
            <source>Start a debrief</source>
            <translation>Commencer un bilan</translation>
        </message>
        <message>
            <source>Choose the one that fits. You can stop or skip at any point.</source>
            <translation>Choisissez celui qui vous convient. Vous pouvez arrêter ou passer une question à tout moment.</translation>
        </message>
        <message>
            <source>Finished debriefs</source>
            <translation>Bilans terminés</translation>
        </message>
        <message>
            <source>Debriefs you moved to the trash: bring them back or remove them for good</source>
            <translation>Bilans mis à la corbeille : récupérez-les ou supprimez-les définitivement</translation>
        </message>
        <message>
            <source>Trash ({count})</source>
            <translation>Corbeille ({count})</translation>
        </message>
        <message>
            <source>Open the trash ({count})</source>
            <translation>Ouvrir la corbeille ({count})</translation>
        </message>
        <message>
            <source>Open the trash</source>
            <translation>Ouvrir la corbeille</translation>
        </message>
    </context>
    <context>
        <name>DebriefPage</name>
        <message>
            <source>Your debrief was kept when Wellbeing Desk locked.</source>
            <translation>Votre bilan a été conservé quand Wellbeing Desk s'est verrouillé.</translation>
        </message>
        <message>
            <source>Continue it</source>
            <translation>Le reprendre</translation>
        </message>
        <message>
            <source>Continue the debrief you were in</source>
            <translation>Reprendre le bilan en cours</translation>
        </message>
        <message>
            <source>Your debrief is kept. Continue it here whenever you like.</source>
            <translation>Votre bilan est conservé. Reprenez-le ici quand vous voulez.</translation>
        </message>
        <message>
            <source>Exported to {file}. The file is not encrypted.</source>
            <translation>Exporté vers {file}. Le fichier n'est pas chiffré.</translation>
        </message>
        <message>
            <source>Debrief moved to the trash.</source>
            <translation>Bilan mis à la corbeille.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo: bring the debrief back</source>
            <translation>Annuler : récupérer le bilan</translation>
        </message>
        <message>
            <source>Bring it back (Ctrl+Z)</source>
            <translation>Le récupérer (Ctrl+Z)</translation>
        </message>
        <message>
            <source>“{title}” is back with your debriefs.</source>
            <translation>« {title} » est de retour parmi vos bilans.</translation>
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation>Vider la corbeille ?</translation>
        </message>
        <message>
            <source>Remove every debrief in the trash for good? This cannot be undone: their answers and follow-up actions are deleted.</source>
            <translation>Supprimer définitivement tous les bilans de la corbeille ? Impossible de revenir en arrière : leurs réponses et leurs actions de suivi seront effacées.</translation>
        </message>
        <message>
            <source>The trash was emptied.</source>
            <translation>La corbeille a été vidée.</translation>
        </message>
        <message>
            <source>This debrief no longer exists.</source>
            <translation>Ce bilan n'existe plus.</translation>
        </message>
        <message>
            <source>This debrief could not be opened: its saved copy is damaged.</source>
            <translation>Ce bilan n'a pas pu être ouvert : sa copie enregistrée est endommagée.</translation>
        </message>
    </context>
    <context>
        <name>DebriefPlanLink</name>
        <message>
            <source>&amp;Who looks after the people who depend on me…</source>
            <translation>&amp;Qui s’occupe des personnes qui dépendent de moi…</translation>
        </message>
        <message>
            <source>Open my plan: who looks after the people who depend on me</source>
            <translation>Ouvrir mon plan : qui s’occupe des personnes qui dépendent de moi</translation>
        </message>
    </context>
    <context>
        <name>DebriefRow</name>
        <message>
            <source>Finished {date}</source>
            <translation>Terminé le {date}</translation>
        </message>
        <message>
            <source>Started {date}</source>
            <translation>Commencé le {date}</translation>
        </message>
        <message>
            <source>View summary</source>
            <translation>Voir le résumé</translation>
        </message>
        <message>
            <source>View the summary of “{title}”, finished {date}</source>
            <translation>Voir le résumé de « {title} », terminé le {date}</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Continue “{title}”, started {date}</source>
            <translation>Reprendre « {title} », commencé le {date}</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>Mettre à la corbeille</translation>
        </message>
        <message>
            <source>Move “{title}” from {date} to the trash</source>
            <translation>Mettre « {title} » du {date} à la corbeille</translation>
        </message>
        <message>
            <source>distress {before} → {after}</source>
            <translation>mal-être {before} → {after}</translation>
        </message>
        <message>
            <source>Distress {before} at the start and {after} at the end.</source>
            <translation>Mal-être {before} au début et {after} à la fin.</translation>
        </message>
        <message>
            <source>distress {before} at the start</source>
            <translation>mal-être {before} au début</translation>
        </message>
        <message>
            <source>Distress {before} at the start.</source>
            <translation>Mal-être {before} au début.</translation>
        </message>
    </context>
    <context>
        <name>DebriefSession</name>
        <message>
            <source>Your debrief could not be saved just now. {reason}</source>
            <translation>Votre bilan n'a pas pu être enregistré pour l'instant. {reason}</translation>
        </message>
    </context>
    <context>
        <name>DebriefWizard</name>
        <message>
            <source>&amp;Take a moment</source>
            <translation>Prendre un &amp;moment</translation>
        </message>
        <message>
            <source>Take a moment: a breathing or grounding exercise</source>
            <translation>Prendre un moment : un exercice de respiration ou d'ancrage</translation>
        </message>
        <message>
            <source>Breathing and grounding exercises (Ctrl+G)</source>
            <translation>Exercices de respiration et d'ancrage (Ctrl+G)</translation>
        </message>
        <message>
            <source>About the event itself — only if you want to</source>
            <translation>Sur l'événement lui-même, seulement si vous le souhaitez</translation>
        </message>
        <message>
            <source>&amp;Pause and come back later</source>
            <translation>&amp;Pause, pour revenir plus tard</translation>
        </message>
        <message>
            <source>Pause: your debrief is kept and you can come back to it later</source>
            <translation>Pause : votre bilan est conservé et vous pourrez y revenir plus tard</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Revenir à l'étape précédente</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>Pass&amp;er</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>Passer cette étape</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Next (Ctrl+Enter)</source>
            <translation>Suivant (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Step {number} of {total}</source>
            <translation>Étape {number} sur {total}</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <source>Finish and see the summary</source>
            <translation>Terminer et voir le résumé</translation>
        </message>
    </context>
    <context>
        <name>DestroyVault</name>
        <message>
            <source>Backups you made (backup files, copies of the vault folder, backup drives) still open with the passphrase they had. Destroy them too.</source>
            <translation>Les sauvegardes que vous avez faites (fichiers de sauvegarde, copies du dossier du coffre-fort, disques de sauvegarde) s'ouvrent toujours avec la phrase secrète qu'elles avaient. Détruisez-les aussi.</translation>
        </message>
        <message>
            <source>Exports (JSON, Markdown, CSV, vCard) are not encrypted and are not touched. Delete them where you saved them.</source>
            <translation>Les exports (JSON, Markdown, CSV, vCard) ne sont pas chiffrés et ne sont pas touchés. Supprimez-les là où vous les avez enregistrés.</translation>
        </message>
        <message>
            <source>Sync folders, the WebDAV server and your other paired devices keep their own encrypted copies. Destroy the vault on each device and empty the sync folder.</source>
            <translation>Les dossiers de synchronisation, le serveur WebDAV et vos autres appareils appairés gardent leurs propres copies chiffrées. Détruisez le coffre-fort sur chaque appareil et videz le dossier de synchronisation.</translation>
        </message>
        <message>
            <source>SSDs, USB sticks, memory cards, snapshots and cloud version history may keep old blocks. Those blocks are encrypted: without a key they are noise.</source>
            <translation>Les SSD, clés USB, cartes mémoire, instantanés et historiques de versions dans le cloud peuvent garder d'anciens blocs. Ces blocs sont chiffrés : sans clé, ce n'est que du bruit.</translation>
        </message>
        <message>
            <source>Anyone who kept a copy of this vault's folder and knows the passphrase (or a recovery code) can still open their copy.</source>
            <translation>Toute personne qui a gardé une copie du dossier de ce coffre-fort et connaît la phrase secrète (ou un code de récupération) peut encore ouvrir sa copie.</translation>
        </message>
        <message>
            <source>The vault was destroyed: every key that opened it was overwritten, then its files were removed from this computer.</source>
            <translation>Le coffre-fort a été détruit : toutes les clés qui l'ouvraient ont été écrasées, puis ses fichiers ont été supprimés de cet ordinateur.</translation>
        </message>
        <message>
            <source>Some of the vault's files could not be overwritten or removed: {files}. Look at the folder, and remove them yourself if they are still there.</source>
            <translation>Certains fichiers du coffre-fort n'ont pas pu être écrasés ni supprimés : {files}. Regardez dans le dossier, et supprimez-les vous-même s'ils y sont encore.</translation>
        </message>
        <message>
            <source>Other files in the vault's folder are not part of the vault and were left as they were: {files}.</source>
            <translation>D'autres fichiers du dossier du coffre-fort n'en font pas partie et ont été laissés tels quels : {files}.</translation>
        </message>
        <message>
            <source>What this did not reach:</source>
            <translation>Ce que cette opération n'a pas atteint :</translation>
        </message>
    </context>
    <context>
        <name>DestroyVaultDialog</name>
        <message>
            <source>Destroy this vault</source>
            <translation>Détruire ce coffre-fort</translation>
        </message>
        <message>
            <source>destroy</source>
            <translation>détruire</translation>
        </message>
        <message>
            <source>This destroys every key that opens this vault (your passphrase's and the recovery code's), then removes the vault's files from this computer. Nobody can open it again, you included. It cannot be undone.</source>
            <translation>Cette opération détruit toutes les clés qui ouvrent ce coffre-fort (celle de votre phrase secrète et celle du code de récupération), puis supprime ses fichiers de cet ordinateur. Personne ne pourra plus l'ouvrir, vous non plus. Impossible de revenir en arrière.</translation>
        </message>
        <message>
            <source>What this cannot reach:</source>
            <translation>Ce que cette opération ne peut pas atteindre :</translation>
        </message>
        <message>
            <source>If you only need Wellbeing Desk out of sight, lock it instead (Lock and minimise): nothing is lost.</source>
            <translation>Si vous avez seulement besoin de faire disparaître Wellbeing Desk de l'écran, verrouillez-le plutôt (Verrouiller et réduire) : rien n'est perdu.</translation>
        </message>
        <message>
            <source>C&amp;ontinue…</source>
            <translation>C&amp;ontinuer…</translation>
        </message>
        <message>
            <source>Continue to the last step</source>
            <translation>Passer à la dernière étape</translation>
        </message>
        <message>
            <source>Cancel: keep the vault</source>
            <translation>Annuler : garder le coffre-fort</translation>
        </message>
        <message>
            <source>Destroy this vault?</source>
            <translation>Détruire ce coffre-fort ?</translation>
        </message>
        <message>
            <source>To destroy the vault, type “{word}” below and press the red button.</source>
            <translation>Pour détruire le coffre-fort, saisissez « {word} » ci-dessous et appuyez sur le bouton rouge.</translation>
        </message>
        <message>
            <source>Type {word} to confirm</source>
            <translation>Saisissez {word} pour confirmer</translation>
        </message>
        <message>
            <source>&amp;Destroy this vault</source>
            <translation>&amp;Détruire ce coffre-fort</translation>
        </message>
        <message>
            <source>Destroy this vault for good</source>
            <translation>Détruire ce coffre-fort définitivement</translation>
        </message>
    </context>
    <context>
        <name>DevicesView</name>
        <message>
            <source>Other devices</source>
            <translation>Autres appareils</translation>
        </message>
        <message>
            <source>Nothing received from another device yet.</source>
            <translation>Rien n'a encore été reçu d'un autre appareil.</translation>
        </message>
        <message>
            <source>{device}: last file applied {when}</source>
            <translation>{device} : dernier fichier appliqué le {when}</translation>
        </message>
        <message>
            <source>&amp;Forget…</source>
            <translation>&amp;Oublier…</translation>
        </message>
        <message>
            <source>Forget device {device}</source>
            <translation>Oublier l'appareil {device}</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDetail</name>
        <message>
            <source>Mark as a favourite (Ctrl+D)</source>
            <translation>Marquer comme favori (Ctrl+D)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <source>Edit this entry</source>
            <translation>Modifier cette entrée</translation>
        </message>
        <message>
            <source>Edit this entry (Enter in the list)</source>
            <translation>Modifier cette entrée (Enter dans la liste)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete this entry</source>
            <translation>Supprimer cette entrée</translation>
        </message>
        <message>
            <source>Delete this entry; you can undo it (Delete)</source>
            <translation>Supprimer cette entrée ; vous pourrez annuler (Delete)</translation>
        </message>
        <message>
            <source>I chec&amp;ked this</source>
            <translation>J'ai vé&amp;rifié</translation>
        </message>
        <message>
            <source>I checked this entry today</source>
            <translation>J'ai vérifié cette entrée aujourd'hui</translation>
        </message>
        <message>
            <source>Records today as the day you checked these details yourself</source>
            <translation>Enregistre aujourd'hui comme le jour où vous avez vérifié ces informations vous-même</translation>
        </message>
        <message>
            <source>&amp;Share with a team…</source>
            <translation>&amp;Partager avec une équipe…</translation>
        </message>
        <message>
            <source>Share a copy of this entry with a team</source>
            <translation>Partager une copie de cette entrée avec une équipe</translation>
        </message>
        <message>
            <source>Asks first. Your own entry stays as it is; your notes are not shared</source>
            <translation>Vous demande d'abord. Votre entrée reste telle quelle ; vos notes ne sont pas partagées</translation>
        </message>
        <message>
            <source>Keep a &amp;copy as mine</source>
            <translation>&amp;Garder une copie pour moi</translation>
        </message>
        <message>
            <source>Keep a copy of this team entry as mine</source>
            <translation>Garder pour moi une copie de cette entrée de l'équipe</translation>
        </message>
        <message>
            <source>Adds your own copy to your directory; the team's entry stays as it is</source>
            <translation>Ajoute votre propre copie à votre annuaire ; l'entrée de l'équipe reste telle quelle</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Comment les joindre</translation>
        </message>
        <message>
            <source>Notes this entry takes part in</source>
            <translation>Notes où figure cette entrée</translation>
        </message>
        <message>
            <source>Most secure way to reach them</source>
            <translation>Le moyen le plus sûr de les joindre</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Régions</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>Qui peut s'adresser à eux</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Expérience avec les personnes qui défendent les droits humains</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>Dernière vérification</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Notes de sécurité</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>Mes notes</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>The team {team}</source>
            <translation>L'équipe {team}</translation>
        </message>
        <message>
            <source>A team</source>
            <translation>Une équipe</translation>
        </message>
        <message>
            <source>From a team. Changes you make here reach everyone in the team at its next sync. Your notes on it stay yours.</source>
            <translation>D'une équipe. Les modifications que vous faites ici parviennent à toute l'équipe à sa prochaine synchronisation. Vos notes à son sujet restent les vôtres.</translation>
        </message>
        <message>
            <source>From the team {team}. Changes you make here reach everyone in the team at its next sync. Your notes on it stay yours.</source>
            <translation>De l'équipe {team}. Les modifications que vous faites ici parviennent à toute l'équipe à sa prochaine synchronisation. Vos notes à son sujet restent les vôtres.</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Ouvert maintenant</translation>
        </message>
        <message>
            <source>Closed now</source>
            <translation>Fermé maintenant</translation>
        </message>
        <message>
            <source>The starter directory, with your changes</source>
            <translation>L'annuaire de départ, avec vos modifications</translation>
        </message>
        <message>
            <source>The starter directory</source>
            <translation>L'annuaire de départ</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importée</translation>
        </message>
        <message>
            <source>Added by you</source>
            <translation>Ajoutée par vous</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it (checked {date}).</source>
            <translation>De l'annuaire de départ : vérifiez avant de vous y fier (vérifié le {date}).</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it.</source>
            <translation>De l'annuaire de départ : vérifiez avant de vous y fier.</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it (from {source}, seen {date}).</source>
            <translation>De l'annuaire de départ : vérifiez avant de vous y fier (d'après {source}, consulté le {date}).</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the {kind}</source>
            <translation>Copier : {kind}</translation>
        </message>
        <message>
            <source>Copy to the clipboard; it is cleared after 30 seconds and on lock</source>
            <translation>Copier dans le presse-papiers ; il est vidé après 30 secondes et au verrouillage</translation>
        </message>
        <message>
            <source>Write…</source>
            <translation>Écrire…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>Write an email</source>
            <translation>Écrire un e-mail</translation>
        </message>
        <message>
            <source>Open the website</source>
            <translation>Ouvrir le site web</translation>
        </message>
        <message>
            <source>Asks first: this goes out over the internet</source>
            <translation>Demande d'abord : cela passe par Internet</translation>
        </message>
        <message>
            <source>From {source}, seen {date}. Check before relying on it.</source>
            <translation>D'après {source}, consulté le {date}. Vérifiez avant de vous y fier.</translation>
        </message>
        <message>
            <source>{title} · {date}</source>
            <translation>{title} · {date}</translation>
        </message>
        <message>
            <source>Open the note “{title}” ({date})</source>
            <translation>Ouvrir la note « {title} » ({date})</translation>
        </message>
        <message>
            <source>★ &amp;Favourite</source>
            <translation>★ &amp;Favori</translation>
        </message>
        <message>
            <source>☆ Mark as &amp;favourite</source>
            <translation>☆ Marquer comme &amp;favori</translation>
        </message>
        <message>
            <source>Favourite; press to unmark</source>
            <translation>Favori ; appuyez pour retirer la marque</translation>
        </message>
        <message>
            <source>Mark as a favourite</source>
            <translation>Marquer comme favori</translation>
        </message>
    </context>
    <context>
        <name>DirectoryEditor</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Language codes, e.g. es, en, pt-BR</source>
            <translation>Codes de langue, p. ex. fr, en, pt-BR</translation>
        </message>
        <message>
            <source>Language codes separated by commas: es, en, pt-BR</source>
            <translation>Codes de langue séparés par des virgules : fr, en, pt-BR</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Régions</translation>
        </message>
        <message>
            <source>Country codes, e.g. MX, CO, or worldwide</source>
            <translation>Codes de pays, p. ex. SN, HT, ou worldwide</translation>
        </message>
        <message>
            <source>Two-letter country codes separated by commas, or the word worldwide</source>
            <translation>Codes de pays à deux lettres séparés par des virgules, ou le mot worldwide</translation>
        </message>
        <message>
            <source>&amp;Add a contact method</source>
            <translation>Ajouter un &amp;moyen de contact</translation>
        </message>
        <message>
            <source>Add a contact method</source>
            <translation>Ajouter un moyen de contact</translation>
        </message>
        <message>
            <source>Most secure way to reach them</source>
            <translation>Le moyen le plus sûr de les joindre</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>e.g. America/Mexico_City</source>
            <translation>p. ex. Africa/Dakar</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>Qui peut s'adresser à eux</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Expérience avec les personnes qui défendent les droits humains</translation>
        </message>
        <message>
            <source>Checked on</source>
            <translation>Vérifié le</translation>
        </message>
        <message>
            <source>I know when this was last checked</source>
            <translation>Je sais quand cela a été vérifié pour la dernière fois</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>Dernière vérification</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Notes de sécurité</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>Mes notes</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favori</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save this entry</source>
            <translation>Enregistrer cette entrée</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Enregistrer (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <source>Cancel editing</source>
            <translation>Annuler la modification</translation>
        </message>
        <message>
            <source>Close without saving (Escape)</source>
            <translation>Fermer sans enregistrer (Escape)</translation>
        </message>
        <message>
            <source>Contact methods</source>
            <translation>Moyens de contact</translation>
        </message>
        <message>
            <source>Most secure way</source>
            <translation>Le moyen le plus sûr</translation>
        </message>
        <message>
            <source>New directory entry</source>
            <translation>Nouvelle entrée de l'annuaire</translation>
        </message>
        <message>
            <source>Edit directory entry</source>
            <translation>Modifier l'entrée de l'annuaire</translation>
        </message>
        <message>
            <source>This text is too long to keep; please shorten it.</source>
            <translation>Ce texte est trop long pour être enregistré ; raccourcissez-le, s'il vous plaît.</translation>
        </message>
        <message>
            <source>A field holds an invisible control character (pasted text can carry one). Retype the field or paste it again as plain text.</source>
            <translation>Un champ contient un caractère de contrôle invisible (un texte collé peut en contenir). Retapez le champ ou collez-le de nouveau en texte brut.</translation>
        </message>
        <message>
            <source>Please give the entry a name.</source>
            <translation>Donnez un nom à l'entrée, s'il vous plaît.</translation>
        </message>
        <message>
            <source>Each contact method needs a number, address or handle.</source>
            <translation>Chaque moyen de contact a besoin d'un numéro, d'une adresse ou d'un identifiant.</translation>
        </message>
        <message>
            <source>Languages are written as codes such as es, en or pt-BR.</source>
            <translation>Les langues s'écrivent sous forme de codes, comme fr, en ou pt-BR.</translation>
        </message>
        <message>
            <source>Regions are written as two-letter country codes such as MX, or worldwide.</source>
            <translation>Les régions s'écrivent sous forme de codes de pays à deux lettres, comme SN, ou worldwide.</translation>
        </message>
        <message>
            <source>Please check the entry: something could not be saved.</source>
            <translation>Vérifiez l'entrée : quelque chose n'a pas pu être enregistré.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryExportDialog</name>
        <message>
            <source>Export the directory</source>
            <translation>Exporter l'annuaire</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Anyone who gets the file can read everything in it: names, numbers, addresses and your private notes. Keep it only where you trust, and delete it when it is no longer needed.</source>
            <translation>Le fichier exporté n'est pas chiffré. Toute personne qui obtient le fichier peut lire tout son contenu : noms, numéros, adresses et vos notes privées. Gardez-le seulement dans un endroit de confiance, et supprimez-le quand vous n'en avez plus besoin.</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Format du fichier</translation>
        </message>
        <message>
            <source>vCard, for address books (.vcf)</source>
            <translation>vCard, pour les carnets d'adresses (.vcf)</translation>
        </message>
        <message>
            <source>CSV, for spreadsheets (.csv)</source>
            <translation>CSV, pour les tableurs (.csv)</translation>
        </message>
        <message>
            <source>JSON, everything, for other tools (.json)</source>
            <translation>JSON, tout, pour d'autres outils (.json)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>It holds every entry of your directory (not the ones in the trash). You will be asked for your passphrase before anything is written.</source>
            <translation>Le fichier contient toutes les entrées de votre annuaire (pas celles de la corbeille). Votre phrase secrète vous sera demandée avant que quoi que ce soit soit écrit.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Export without encryption?</source>
            <translation>Exporter sans chiffrement ?</translation>
        </message>
        <message>
            <source>The file will not be encrypted: anyone who gets it can read every entry, including your private notes. Export anyway?</source>
            <translation>Le fichier ne sera pas chiffré : toute personne qui l'obtient pourra lire toutes les entrées, y compris vos notes privées. Exporter quand même ?</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Fichiers vCard (*.vcf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Save the directory</source>
            <translation>Enregistrer l'annuaire</translation>
        </message>
    </context>
    <context>
        <name>DirectoryFilterBar</name>
        <message>
            <source>Search names, places, languages, notes… (Ctrl+F)</source>
            <translation>Chercher des noms, lieux, langues, notes… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Rechercher dans l'annuaire</translation>
        </message>
        <message>
            <source>Search every field as you type (Ctrl+F)</source>
            <translation>Chercher dans tous les champs pendant la saisie (Ctrl+F)</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Favourites only</source>
            <translation>Favoris seulement</translation>
        </message>
        <message>
            <source>Show favourites only</source>
            <translation>Afficher seulement les favoris</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Expérience avec les personnes qui défendent les droits humains</translation>
        </message>
        <message>
            <source>Show only those experienced with human rights defenders</source>
            <translation>Afficher seulement celles et ceux qui ont l'expérience des personnes qui défendent les droits humains</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Ouvert maintenant</translation>
        </message>
        <message>
            <source>Show only those open now</source>
            <translation>Afficher seulement ce qui est ouvert maintenant</translation>
        </message>
        <message>
            <source>Entries whose hours say they are open now, where they are</source>
            <translation>Entrées dont les horaires indiquent qu'elles sont ouvertes maintenant, dans leur fuseau horaire</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>Effa&amp;cer les filtres</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>Support and helplines</source>
            <translation>Soutien et lignes d'écoute</translation>
        </message>
        <message>
            <source>Counselling, trauma care, peer support and helplines, together</source>
            <translation>Accompagnement psychologique, soins en psychotraumatologie, soutien entre pairs et lignes d'écoute, ensemble</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Toutes les langues</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Partout</translation>
        </message>
    </context>
    <context>
        <name>DirectoryListModel</name>
        <message>
            <source>favourite</source>
            <translation>favori</translation>
        </message>
        <message>
            <source>Team · {team}</source>
            <translation>Équipe · {team}</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
    </context>
    <context>
        <name>DirectoryNames</name>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Ligne d'écoute</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Accompagnement psychologique</translation>
        </message>
        <message>
            <source>Trauma care</source>
            <translation>Soins en psychotraumatologie</translation>
        </message>
        <message>
            <source>Legal support</source>
            <translation>Soutien juridique</translation>
        </message>
        <message>
            <source>Digital security</source>
            <translation>Sécurité numérique</translation>
        </message>
        <message>
            <source>Physical protection</source>
            <translation>Protection physique</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>Soins médicaux</translation>
        </message>
        <message>
            <source>Temporary relocation</source>
            <translation>Relocalisation temporaire</translation>
        </message>
        <message>
            <source>Emergency funding</source>
            <translation>Fonds d'urgence</translation>
        </message>
        <message>
            <source>Peer support</source>
            <translation>Soutien entre pairs</translation>
        </message>
        <message>
            <source>Rest and retreats</source>
            <translation>Repos et retraites</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>Prendre soin de soi</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <source>XMPP (Jabber)</source>
            <translation>XMPP (Jabber)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Adresse postale</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Travail</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Domicile</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voix</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Work fax</source>
            <translation>Fax professionnel</translation>
        </message>
        <message>
            <source>Home fax</source>
            <translation>Fax personnel</translation>
        </message>
        <message>
            <source>Other fax</source>
            <translation>Autre fax</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Bipeur</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>School</source>
            <translation>École</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Blog</source>
            <translation>Blog</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>Voiture</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>Rappel</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Gratuit</translation>
        </message>
        <message>
            <source>Sliding scale</source>
            <translation>Tarif selon les revenus</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payant</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Worldwide</source>
            <translation>Monde entier</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>You have not added a counsellor or helpline you trust yet. Add one in your language, so it is here offline when you need it.</source>
            <translation>Vous n'avez pas encore ajouté de service d'accompagnement psychologique ni de ligne d'écoute de confiance. Ajoutez-en un dans votre langue, pour l'avoir ici hors ligne quand vous en aurez besoin.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>Aucun résultat. Essayez d'autres mots, ou effacez les filtres.</translation>
        </message>
        <message>
            <source>Your directory is empty. Add the people and organisations you can turn to with “New entry”.</source>
            <translation>Votre annuaire est vide. Ajoutez les personnes et organisations vers qui vous pouvez vous tourner avec « Nouvelle entrée ».</translation>
        </message>
        <message>
            <source>Open outside Wellbeing Desk?</source>
            <translation>Ouvrir en dehors de Wellbeing Desk ?</translation>
        </message>
        <message>
            <source>This opens {address} in your browser or e-mail program. It goes out over the internet, and whoever runs it can see a visit from this connection. Open it?</source>
            <translation>Cela ouvre {address} dans votre navigateur ou votre messagerie. La connexion passe par Internet, et qui gère ce service peut voir une visite depuis cette connexion. L'ouvrir ?</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>A&amp;jouter</translation>
        </message>
        <message>
            <source>Add a new directory entry</source>
            <translation>Ajouter une nouvelle entrée à l'annuaire</translation>
        </message>
        <message>
            <source>New entry (Ctrl+N)</source>
            <translation>Nouvelle entrée (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Import entries from a vCard or CSV file</source>
            <translation>Importer des entrées depuis un fichier vCard ou CSV</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Export the directory to a file</source>
            <translation>Exporter l'annuaire dans un fichier</translation>
        </message>
        <message>
            <source>Directory entries, by name</source>
            <translation>Entrées de l'annuaire, par nom</translation>
        </message>
        <message>
            <source>Enter: edit · Delete: delete · Ctrl+D: favourite · Ctrl+C: copy first contact</source>
            <translation>Enter : modifier · Delete : supprimer · Ctrl+D : favori · Ctrl+C : copier le premier contact</translation>
        </message>
        <message>
            <source>Choose an entry to see everything about it.</source>
            <translation>Choisissez une entrée pour tout voir à son sujet.</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Tout afficher</translation>
        </message>
        <message>
            <source>Clear the search and filters to show it</source>
            <translation>Effacer la recherche et les filtres pour afficher l'entrée</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first {shown} of %n entries.</source>
            <translation>
                <numerusform>Affichage des {shown} premières sur %n entrée.</numerusform>
                <numerusform>Affichage des {shown} premières sur %n entrées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entrée</numerusform>
                <numerusform>%n entrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n seconds.</source>
            <translation>
                <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
                <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. Your search or filters hide it.</source>
            <translation>Enregistré. Votre recherche ou vos filtres masquent l'entrée.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>The entry could not be saved. {reason}</source>
            <translation>L'entrée n'a pas pu être enregistrée. {reason}</translation>
        </message>
        <message>
            <source>Saved: you checked it today.</source>
            <translation>Enregistré : vous l'avez vérifiée aujourd'hui.</translation>
        </message>
        <message>
            <source>Entry deleted.</source>
            <translation>Entrée supprimée.</translation>
        </message>
        <message>
            <source>Deleted from the team “{team}”: at the team's next sync it leaves everyone's directory.</source>
            <translation>Supprimée de l’équipe « {team} » : à la prochaine synchronisation de l’équipe, elle quitte l’annuaire de toutes les personnes.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo: bring the entry back</source>
            <translation>Annuler : récupérer l'entrée</translation>
        </message>
        <message>
            <source>Bring it back (Ctrl+Z)</source>
            <translation>Le récupérer (Ctrl+Z)</translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported. Your search or filters hide some of them.</source>
            <translation>
                <numerusform>%n entrée importée. Votre recherche ou vos filtres la masquent.</numerusform>
                <numerusform>%n entrées importées. Votre recherche ou vos filtres en masquent certaines.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported.</source>
            <translation>
                <numerusform>%n entrée importée.</numerusform>
                <numerusform>%n entrées importées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported to {file}. The file is not encrypted.</source>
            <translation>
                <numerusform>%n entrée exportée vers {file}. Le fichier n'est pas chiffré.</numerusform>
                <numerusform>%n entrées exportées vers {file}. Le fichier n'est pas chiffré.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorHeader</name>
        <message>
            <source>New entry</source>
            <translation>Nouvelle entrée</translation>
        </message>
        <message>
            <source>Save the entry</source>
            <translation>Enregistrer l'entrée</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <source>Save the note</source>
            <translation>Enregistrer la note</translation>
        </message>
        <message>
            <source>Continuing your unsaved changes.</source>
            <translation>Vous reprenez vos modifications non enregistrées.</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Abandonner les modifications</translation>
        </message>
        <message>
            <source>Discard the unsaved changes</source>
            <translation>Abandonner les modifications non enregistrées</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close the editor; your text stays as a draft</source>
            <translation>Fermer l'éditeur ; votre texte reste en brouillon</translation>
        </message>
        <message>
            <source>Your text stays as a draft (Escape)</source>
            <translation>Votre texte reste en brouillon (Escape)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Enregistrer (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>EmergencyCard</name>
        <message>
            <source>In an emergency</source>
            <translation>En cas d'urgence</translation>
        </message>
        <message>
            <source>The people you would reach in a hard moment: someone you trust, your organisation's security contact, a local number you trust. They come first in Reach someone now ({keys}), even with no internet.</source>
            <translation>Les personnes vers qui vous vous tourneriez dans un moment difficile : quelqu'un de confiance, le contact sécurité de votre organisation, un numéro local de confiance. Elles apparaissent en premier dans « Parler à quelqu'un » ({keys}), même sans Internet.</translation>
        </message>
        <message>
            <source>My people for an emergency</source>
            <translation>Mes proches en cas d'urgence</translation>
        </message>
        <message>
            <source>Add a &amp;person…</source>
            <translation>Ajouter une &amp;personne…</translation>
        </message>
        <message>
            <source>Add from &amp;directory…</source>
            <translation>Ajouter &amp;depuis l'annuaire…</translation>
        </message>
        <message>
            <source>&amp;Remove from list</source>
            <translation>&amp;Retirer de la liste</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Vers le &amp;haut</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Vers le &amp;bas</translation>
        </message>
        <message>
            <source>{name} is off your emergency list (still in your directory).</source>
            <translation>{name} n'est plus dans votre liste d'urgence (toujours dans votre annuaire).</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Put {name} back on your emergency list</source>
            <translation>Remettre {name} dans votre liste d'urgence</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>Aucun numéro enregistré</translation>
        </message>
    </context>
    <context>
        <name>EmergencyRoles</name>
        <message>
            <source>Someone I trust</source>
            <translation>Quelqu'un de confiance</translation>
        </message>
        <message>
            <source>My organisation's security contact</source>
            <translation>Le contact sécurité de mon organisation</translation>
        </message>
        <message>
            <source>A local number I trust</source>
            <translation>Un numéro local de confiance</translation>
        </message>
    </context>
    <context>
        <name>EntriesPage</name>
        <message>
            <source>You have an entry you have not saved yet.</source>
            <translation>Vous avez une entrée pas encore enregistrée.</translation>
        </message>
        <message>
            <source>Continue writing</source>
            <translation>Continuer à écrire</translation>
        </message>
        <message>
            <source>Continue your unsaved entry</source>
            <translation>Reprendre votre entrée non enregistrée</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message numerus="yes">
            <source>Each tag can have at most %n characters.</source>
            <translation>
                <numerusform>Chaque étiquette peut avoir au plus %n caractère.</numerusform>
                <numerusform>Chaque étiquette peut avoir au plus %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to save yet.</source>
            <translation>Il n'y a encore rien à enregistrer.</translation>
        </message>
        <message>
            <source>Your changes could not be kept as a draft. {reason}</source>
            <translation>Vos modifications n'ont pas pu être gardées en brouillon. {reason}</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Discard your unsaved changes? This cannot be undone.</source>
            <translation>Abandonner vos modifications non enregistrées ? Impossible de revenir en arrière.</translation>
        </message>
        <message>
            <source>The entry could not be saved. {reason}</source>
            <translation>L'entrée n'a pas pu être enregistrée. {reason}</translation>
        </message>
        <message>
            <source>This entry no longer exists.</source>
            <translation>Cette entrée n'existe plus.</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nouvelle entrée</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Point du jour</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrée</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> heures</translation>
        </message>
        <message>
            <source>Hours of sleep</source>
            <translation>Heures de sommeil</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>Ce que j'ai fait pour moi</translation>
        </message>
        <message>
            <source>Warning signs I noticed</source>
            <translation>Signaux d'alerte remarqués</translation>
        </message>
        <message>
            <source>&amp;Edit my lists…</source>
            <translation>&amp;Modifier mes listes…</translation>
        </message>
        <message>
            <source>Edit my lists of activities and warning signs</source>
            <translation>Modifier mes listes d'activités et de signaux d'alerte</translation>
        </message>
        <message>
            <source>For example: work, family</source>
            <translation>Par exemple : travail, famille</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Étiquettes, séparées par des virgules</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Humeur</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Énergie</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sommeil de la nuit dernière</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>What is on your mind</source>
            <translation>Ce qui vous occupe l'esprit</translation>
        </message>
        <message>
            <source>Write as much or as little as you like. Markdown works here.</source>
            <translation>Écrivez autant ou aussi peu que vous voulez. Markdown fonctionne ici.</translation>
        </message>
        <message>
            <source>Preview of your text</source>
            <translation>Aperçu de votre texte</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>Ape&amp;rçu</translation>
        </message>
        <message>
            <source>Show a preview of the text</source>
            <translation>Afficher un aperçu du texte</translation>
        </message>
        <message>
            <source>&amp;Edit the text</source>
            <translation>Modifier le &amp;texte</translation>
        </message>
        <message>
            <source>Back to editing the text</source>
            <translation>Revenir à la modification du texte</translation>
        </message>
    </context>
    <context>
        <name>EntryPickerDialog</name>
        <message>
            <source>Choose from your directory</source>
            <translation>Choisir dans votre annuaire</translation>
        </message>
        <message>
            <source>Search your directory</source>
            <translation>Rechercher dans votre annuaire</translation>
        </message>
        <message>
            <source>Directory entries</source>
            <translation>Entrées de l'annuaire</translation>
        </message>
        <message>
            <source>Who this is for you</source>
            <translation>Qui est cette personne pour vous</translation>
        </message>
        <message>
            <source>&amp;Who this is</source>
            <translation>&amp;Qui est-ce</translation>
        </message>
        <message>
            <source>&amp;Add to my list</source>
            <translation>&amp;Ajouter à ma liste</translation>
        </message>
        <message>
            <source>Add to my list</source>
            <translation>Ajouter à ma liste</translation>
        </message>
        <message>
            <source>Cancel choosing from the directory</source>
            <translation>Annuler le choix dans l'annuaire</translation>
        </message>
    </context>
    <context>
        <name>EntryText</name>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Point du jour</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Stress {value}/10</source>
            <translation>Stress {value}/10</translation>
        </message>
        <message>
            <source>Mood {value}/5</source>
            <translation>Humeur {value}/5</translation>
        </message>
        <message>
            <source>{when} — {text}</source>
            <translation>{when} — {text}</translation>
        </message>
        <message>
            <source>Stress {value} of 10</source>
            <translation>Stress {value} sur 10</translation>
        </message>
        <message>
            <source>Mood {value} of 5</source>
            <translation>Humeur {value} sur 5</translation>
        </message>
        <message>
            <source>What I did for myself: {names}</source>
            <translation>Ce que j'ai fait pour moi : {names}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>That passphrase did not unlock the vault. Please check it and try again.</source>
            <translation>Cette phrase secrète n'a pas déverrouillé le coffre-fort. Vérifiez-la et réessayez.</translation>
        </message>
        <message>
            <source>This vault was saved by a newer version of Wellbeing Desk. Please update the app to open it. Nothing was changed.</source>
            <translation>Ce coffre-fort a été enregistré par une version plus récente de Wellbeing Desk. Mettez l'application à jour pour l'ouvrir. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The vault could not be read; it may be damaged. Nothing was changed. If you have a backup, you can restore it.</source>
            <translation>Le coffre-fort n'a pas pu être lu ; il est peut-être endommagé. Rien n'a été modifié. Si vous avez une sauvegarde, vous pouvez la restaurer.</translation>
        </message>
        <message>
            <source>This vault is read-only here (a write-protected drive or a folder you cannot change), so changes can't be saved. Nothing was lost.</source>
            <translation>Ce coffre-fort est ici en lecture seule (un support protégé en écriture ou un dossier que vous ne pouvez pas modifier) : les modifications ne peuvent donc pas être enregistrées. Rien n'a été perdu.</translation>
        </message>
        <message>
            <source>The vault is in use by another Wellbeing Desk window or command. Close it and try again.</source>
            <translation>Le coffre-fort est utilisé par une autre fenêtre ou commande de Wellbeing Desk. Fermez-la et réessayez.</translation>
        </message>
        <message>
            <source>There is no vault in this folder.</source>
            <translation>Il n'y a pas de coffre-fort dans ce dossier.</translation>
        </message>
        <message>
            <source>There is already a vault or other files in this folder. Nothing was overwritten.</source>
            <translation>Ce dossier contient déjà un coffre-fort ou d'autres fichiers. Rien n'a été écrasé.</translation>
        </message>
        <message>
            <source>The disk is full or refused to save. Nothing was lost. Free some space and try again.</source>
            <translation>Le disque est plein ou a refusé l'enregistrement. Rien n'a été perdu. Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it and try again.</source>
            <translation>Le coffre-fort est verrouillé. Déverrouillez-le et réessayez.</translation>
        </message>
        <message>
            <source>Wellbeing Desk could not read or write its folder. Check that the folder exists and that you are allowed to write to it.</source>
            <translation>Wellbeing Desk n'a pas pu lire ou écrire dans son dossier. Vérifiez que le dossier existe et que vous avez le droit d'y écrire.</translation>
        </message>
        <message>
            <source>There was not enough memory for this. Close other programs and try again.</source>
            <translation>Il n'y avait pas assez de mémoire. Fermez d'autres programmes et réessayez.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed. Please try again.</source>
            <translation>Un problème est survenu. Rien n'a été modifié. Veuillez réessayer.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>The exported file is not encrypted. Anyone who gets the file can read everything in it. Share it only in a way you trust, and delete it when it is no longer needed.</source>
            <translation>Le fichier exporté n'est pas chiffré. Toute personne qui obtient le fichier peut lire tout son contenu. Partagez-le seulement par un moyen de confiance, et supprimez-le quand vous n'en avez plus besoin.</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Format du fichier</translation>
        </message>
        <message>
            <source>Markdown text (.md)</source>
            <translation>Texte Markdown (.md)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>Document PDF (.pdf)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Markdown text (*.md)</source>
            <translation>Texte Markdown (*.md)</translation>
        </message>
        <message>
            <source>Exporting writes a file that is not encrypted. Enter your passphrase.</source>
            <translation>L'export écrit un fichier non chiffré. Saisissez votre phrase secrète.</translation>
        </message>
        <message>
            <source>The export was not saved</source>
            <translation>L'export n'a pas été enregistré</translation>
        </message>
        <message>
            <source>The export could not be saved, and nothing was written. Check that the folder exists and that you are allowed to write to it, then try again.</source>
            <translation>L'export n'a pas pu être enregistré, et rien n'a été écrit. Vérifiez que le dossier existe et que vous avez le droit d'y écrire, puis réessayez.</translation>
        </message>
        <message>
            <source>Export for a counsellor</source>
            <translation>Exporter pour une personne qui vous accompagne</translation>
        </message>
        <message>
            <source>From (first day)</source>
            <translation>Du (premier jour)</translation>
        </message>
        <message>
            <source>To (last day)</source>
            <translation>Au (dernier jour)</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>how the dates are shown</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>It holds your journal entries from the period you choose: check-ins, full entries, what you did for yourself and warning signs. You will be asked for your passphrase before anything is written.</source>
            <translation>Le fichier contient les entrées de votre journal sur la période choisie : points du jour, entrées complètes, ce que vous avez fait pour vous et signaux d'alerte. Votre phrase secrète vous sera demandée avant que quoi que ce soit soit écrit.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Export the journal entries</source>
            <translation>Exporter les entrées du journal</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>The first day is after the last day. Please check them.</source>
            <translation>Le premier jour est après le dernier. Vérifiez-les, s'il vous plaît.</translation>
        </message>
        <message>
            <source>Save the export</source>
            <translation>Enregistrer l'export</translation>
        </message>
        <message>
            <source>Journal, {first} to {last}</source>
            <translation>Journal, du {first} au {last}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Stress (0–10)</source>
            <translation>Stress (0–10)</translation>
        </message>
        <message>
            <source>Mood (1–5)</source>
            <translation>Humeur (1–5)</translation>
        </message>
        <message>
            <source>Energy (1–5)</source>
            <translation>Énergie (1–5)</translation>
        </message>
        <message>
            <source>Sleep (hours)</source>
            <translation>Sommeil (heures)</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>Ce que j'ai fait pour moi</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Signaux d'alerte</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Point du jour</translation>
        </message>
        <message>
            <source>No entries in this period.</source>
            <translation>Aucune entrée sur cette période.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search your journal</source>
            <translation>Rechercher dans votre journal</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>&amp;Filters</source>
            <translation>&amp;Filtres</translation>
        </message>
        <message>
            <source>Show the filters</source>
            <translation>Afficher les filtres</translation>
        </message>
        <message>
            <source>Hide the filters</source>
            <translation>Masquer les filtres</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>Effa&amp;cer les filtres</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>N'importe quand</translation>
        </message>
        <message>
            <source>The past 7 days</source>
            <translation>Les 7 derniers jours</translation>
        </message>
        <message>
            <source>The past 30 days</source>
            <translation>Les 30 derniers jours</translation>
        </message>
        <message>
            <source>The past 3 months</source>
            <translation>Les 3 derniers mois</translation>
        </message>
        <message>
            <source>The past year</source>
            <translation>La dernière année</translation>
        </message>
        <message>
            <source>Between two dates</source>
            <translation>Entre deux dates</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Stress from</source>
            <translation>Stress à partir de</translation>
        </message>
        <message>
            <source>Stress up to</source>
            <translation>Stress jusqu'à</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <source>Any activity</source>
            <translation>Toutes les activités</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Toutes les étiquettes</translation>
        </message>
    </context>
    <context>
        <name>FirstPeoplePage</name>
        <message>
            <source>Who would you reach in a hard moment?</source>
            <translation>Vers qui vous tourneriez-vous dans un moment difficile ?</translation>
        </message>
        <message>
            <source>Add two or three people you trust: a friend, someone on your team, your organisation's security contact. Their numbers stay in your encrypted vault and are here even with no internet. You can skip this and add them later in your self-care plan.</source>
            <translation>Ajoutez deux ou trois personnes de confiance : une amie ou un ami, quelqu'un de votre équipe, le contact sécurité de votre organisation. Leurs numéros restent dans votre coffre-fort chiffré et sont là même sans Internet. Vous pouvez passer cette étape et les ajouter plus tard dans votre plan pour prendre soin de vous.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Number or address</source>
            <translation>Numéro ou adresse</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Name of person {number}</source>
            <translation>Nom de la personne {number}</translation>
        </message>
        <message>
            <source>Number or address of person {number}</source>
            <translation>Numéro ou adresse de la personne {number}</translation>
        </message>
        <message>
            <source>How to reach person {number}</source>
            <translation>Comment joindre la personne {number}</translation>
        </message>
        <message>
            <source>&amp;Save and continue</source>
            <translation>&amp;Enregistrer et continuer</translation>
        </message>
        <message>
            <source>Save these people and continue</source>
            <translation>Enregistrer ces personnes et continuer</translation>
        </message>
        <message>
            <source>S&amp;kip for now</source>
            <translation>&amp;Passer pour l'instant</translation>
        </message>
        <message>
            <source>Skip for now; add people later</source>
            <translation>Passer pour l'instant ; ajouter des personnes plus tard</translation>
        </message>
        <message>
            <source>Add a number or address for {name}, or clear the name.</source>
            <translation>Ajoutez un numéro ou une adresse pour {name}, ou effacez le nom.</translation>
        </message>
        <message>
            <source>Add a name for {value}, so you know who it is.</source>
            <translation>Ajoutez un nom pour {value}, pour savoir de qui il s'agit.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpRow</name>
        <message>
            <source>Done: {text}</source>
            <translation>Fait : {text}</translation>
        </message>
        <message>
            <source>From “{title}”, planned for {date}</source>
            <translation>De « {title} », prévu pour le {date}</translation>
        </message>
        <message>
            <source>From “{title}”, for today</source>
            <translation>De « {title} », pour aujourd'hui</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Open the note “{title}”</source>
            <translation>Ouvrir la note « {title} »</translation>
        </message>
        <message>
            <source>Open the debrief “{title}”</source>
            <translation>Ouvrir le bilan « {title} »</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsCard</name>
        <message>
            <source>Things you planned. Take them one at a time.</source>
            <translation>Ce que vous aviez prévu. Une chose à la fois.</translation>
        </message>
        <message>
            <source>Follow-ups for today</source>
            <translation>Suivis du jour</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsInput</name>
        <message>
            <source>Add a &amp;follow-up</source>
            <translation>Ajouter un &amp;suivi</translation>
        </message>
        <message>
            <source>Add another follow-up</source>
            <translation>Ajouter un autre suivi</translation>
        </message>
        <message>
            <source>Something to do or check on</source>
            <translation>Quelque chose à faire ou à vérifier</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Pour le</translation>
        </message>
        <message>
            <source>Follow-up {number}</source>
            <translation>Suivi {number}</translation>
        </message>
        <message>
            <source>Give follow-up {number} a date</source>
            <translation>Donner une date au suivi {number}</translation>
        </message>
        <message>
            <source>Date for follow-up {number}</source>
            <translation>Date du suivi {number}</translation>
        </message>
        <message>
            <source>Remove follow-up {number}</source>
            <translation>Retirer le suivi {number}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>ForgotPassphraseDialog</name>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>Phrase secrète oubliée ?</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Code de récupération</translation>
        </message>
        <message>
            <source>Checking the code and setting your new passphrase… this takes a moment.</source>
            <translation>Vérification du code et définition de votre nouvelle phrase secrète… cela prend un moment.</translation>
        </message>
        <message>
            <source>&amp;Set the new passphrase</source>
            <translation>&amp;Définir la nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Set the new passphrase</source>
            <translation>Définir la nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>If you added a recovery code, type it here and choose a new passphrase. Without the code or the passphrase, nobody can open this vault, not even the people who make Wellbeing Desk. A wrong code changes nothing and deletes nothing.</source>
            <translation>Si vous avez ajouté un code de récupération, saisissez-le ici et choisissez une nouvelle phrase secrète. Sans le code ni la phrase secrète, personne ne peut ouvrir ce coffre-fort, pas même l'équipe qui crée Wellbeing Desk. Un code erroné ne modifie rien et ne supprime rien.</translation>
        </message>
        <message numerus="yes">
            <source>A recovery code has %n symbols; this one has {count}. Check for a missing or extra symbol. Nothing was tried yet.</source>
            <translation>
                <numerusform>Un code de récupération compte %n symbole ; celui-ci en a {count}. Vérifiez s'il manque un symbole ou s'il y en a un de trop. Rien n'a encore été tenté.</numerusform>
                <numerusform>Un code de récupération compte %n symboles ; celui-ci en a {count}. Vérifiez s'il manque un symbole ou s'il y en a un de trop. Rien n'a encore été tenté.</numerusform>
            </translation>
        </message>
        <message>
            <source>This code has a typo: its last symbol does not match the others. Compare it symbol by symbol with the code you wrote down. Nothing was tried yet.</source>
            <translation>Ce code contient une faute de frappe : son dernier symbole ne correspond pas aux autres. Comparez-le symbole par symbole avec le code que vous avez noté. Rien n'a encore été tenté.</translation>
        </message>
        <message>
            <source>“{symbol}” is never used in recovery codes. Check the code for a typo. Nothing was tried yet.</source>
            <translation>« {symbol} » n'est jamais utilisé dans les codes de récupération. Vérifiez s'il y a une faute de frappe dans le code. Rien n'a encore été tenté.</translation>
        </message>
    </context>
    <context>
        <name>GroundingButton</name>
        <message>
            <source>&amp;Breathe and ground yourself</source>
            <translation>&amp;Respirer et s'ancrer</translation>
        </message>
        <message>
            <source>Open the breathing and grounding exercises</source>
            <translation>Ouvrir les exercices de respiration et d'ancrage</translation>
        </message>
        <message>
            <source>Paced breathing and the 5-4-3-2-1 exercise (Ctrl+G)</source>
            <translation>Respiration guidée et exercice 5-4-3-2-1 (Ctrl+G)</translation>
        </message>
    </context>
    <context>
        <name>GroundingDialog</name>
        <message>
            <source>Breathing and grounding</source>
            <translation>Respiration et ancrage</translation>
        </message>
        <message>
            <source>Nothing here is saved. Go at your own pace, and stop whenever you like.</source>
            <translation>Rien n'est enregistré ici. Allez à votre rythme, et arrêtez quand vous voulez.</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <source>Paced breathing</source>
            <translation>Respiration guidée</translation>
        </message>
        <message>
            <source>5-4-3-2-1 senses</source>
            <translation>Les sens 5-4-3-2-1</translation>
        </message>
        <message>
            <source>Close breathing and grounding</source>
            <translation>Fermer respiration et ancrage</translation>
        </message>
        <message>
            <source>Take a moment</source>
            <translation>Prendre un moment</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Lock now</source>
            <translation>Verrouiller maintenant</translation>
        </message>
        <message>
            <source>Lock and minimise (panic)</source>
            <translation>Verrouiller et réduire (panique)</translation>
        </message>
        <message>
            <source>Quit: locks first</source>
            <translation>Quitter : verrouille d'abord</translation>
        </message>
        <message>
            <source>Take a moment: breathing and grounding (also while locked)</source>
            <translation>Prendre un moment : respiration et ancrage (même quand Wellbeing Desk est verrouillé)</translation>
        </message>
        <message>
            <source>Reach someone now: your people for an emergency, then support</source>
            <translation>Parler à quelqu'un : vos proches en cas d'urgence, puis le soutien</translation>
        </message>
        <message>
            <source>Go to a section</source>
            <translation>Aller à une section</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} à {last}</translation>
        </message>
        <message>
            <source>Search everywhere: journal, debriefs, directory and notes</source>
            <translation>Rechercher partout : journal, bilans, annuaire et notes</translation>
        </message>
        <message>
            <source>Search the list on Journal, Directory and Notes; search everywhere elsewhere</source>
            <translation>Rechercher dans la liste sur Journal, Annuaire et Notes ; ailleurs, rechercher partout</translation>
        </message>
        <message>
            <source>New journal entry, note or directory entry (on Today: a full entry)</source>
            <translation>Nouvelle entrée de journal, note ou entrée d'annuaire (sur Aujourd'hui : une entrée complète)</translation>
        </message>
        <message>
            <source>Save what you are writing (editors and forms)</source>
            <translation>Enregistrer ce que vous écrivez (éditeurs et formulaires)</translation>
        </message>
        <message>
            <source>Close the editor, keeping what you wrote as a draft; leave the trash</source>
            <translation>Fermer l'éditeur en gardant ce que vous avez écrit en brouillon ; quitter la corbeille</translation>
        </message>
        <message>
            <source>Press the focused button; on Today, save the check-in</source>
            <translation>Appuyer sur le bouton sélectionné ; sur Aujourd'hui, enregistrer le point du jour</translation>
        </message>
        <message>
            <source>Next step of a debrief</source>
            <translation>Étape suivante d'un bilan</translation>
        </message>
        <message>
            <source>Move the chosen entry or note to the trash (lists)</source>
            <translation>Mettre à la corbeille l'entrée ou la note choisie (listes)</translation>
        </message>
        <message>
            <source>Undo moving to the trash (lists)</source>
            <translation>Annuler la mise à la corbeille (listes)</translation>
        </message>
        <message>
            <source>Mark or unmark the chosen entry as a favourite (Directory)</source>
            <translation>Marquer ou retirer l'entrée choisie des favoris (Annuaire)</translation>
        </message>
        <message>
            <source>Copy the chosen entry's first number or address (Directory list)</source>
            <translation>Copier le premier numéro ou la première adresse de l'entrée choisie (liste de l'annuaire)</translation>
        </message>
        <message>
            <source>Move the chosen item up or down (your lists, template steps)</source>
            <translation>Monter ou descendre l'élément choisi (vos listes, étapes des modèles)</translation>
        </message>
        <message>
            <source>Sync now (on Sync, once it is set up)</source>
            <translation>Synchroniser maintenant (dans Synchronisation, une fois configurée)</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>Cette aide</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Close help</source>
            <translation>Fermer l'aide</translation>
        </message>
        <message>
            <source>Lock and minimise is the quick way out: the vault closes and the window gets out of sight at once. Nothing you wrote stays on screen.</source>
            <translation>Verrouiller et réduire, c'est la sortie rapide : le coffre-fort se ferme et la fenêtre disparaît aussitôt. Rien de ce que vous avez écrit ne reste à l'écran.</translation>
        </message>
        <message>
            <source>After something hard</source>
            <translation>Après un moment difficile</translation>
        </message>
        <message>
            <source>Many people notice changes in the days and weeks after an incident. A short page says which ones are common, what helps, and when talking with someone trained is worth it.</source>
            <translation>Beaucoup de personnes remarquent des changements dans les jours et les semaines qui suivent un incident. Une courte page indique lesquels sont courants, ce qui aide, et quand il vaut la peine d'en parler avec une personne formée.</translation>
        </message>
        <message>
            <source>About Wellbeing Desk</source>
            <translation>À propos de Wellbeing Desk</translation>
        </message>
        <message>
            <source>Version {version}. An encrypted, offline-first companion for human rights defenders. It is not therapy and does not replace professional care. Free software under the GNU GPL, version 3 or later.</source>
            <translation>Version {version}. Un outil chiffré, qui fonctionne d'abord hors ligne, pour les personnes qui défendent les droits humains. Ce n'est pas une thérapie et cela ne remplace pas un accompagnement professionnel. Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import into the directory</source>
            <translation>Importer dans l'annuaire</translation>
        </message>
        <message>
            <source>Choose what each column holds. A column nothing holds is kept in your notes with its name; columns set to “Leave out” are not imported. The first rows of the file are shown below.</source>
            <translation>Choisissez ce que contient chaque colonne. Une colonne qui ne correspond à aucun champ est gardée dans vos notes avec son nom ; les colonnes réglées sur « Ne pas importer » sont laissées de côté. Les premières lignes du fichier sont affichées ci-dessous.</translation>
        </message>
        <message>
            <source>Columns of the file and what they hold</source>
            <translation>Colonnes du fichier et leur contenu</translation>
        </message>
        <message>
            <source>Likely already in your directory</source>
            <translation>Probablement déjà dans votre annuaire</translation>
        </message>
        <message>
            <source>Likely duplicates</source>
            <translation>Doublons probables</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Add these entries to the directory</source>
            <translation>Ajouter ces entrées à l'annuaire</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Choisissez un fichier à importer</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt)</source>
            <translation>Contacts (*.vcf *.vcard *.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Fichier CSV</translation>
        </message>
        <message>
            <source>vCard file</source>
            <translation>Fichier vCard</translation>
        </message>
        <message>
            <source>From {file} ({kind})</source>
            <translation>Depuis {file} ({kind})</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>Keep in my notes</source>
            <translation>Garder dans mes notes</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>Ne pas importer</translation>
        </message>
        <message>
            <source>What the column “{column}” holds</source>
            <translation>Contenu de la colonne « {column} »</translation>
        </message>
        <message>
            <source>Reading the file again…</source>
            <translation>Nouvelle lecture du fichier…</translation>
        </message>
        <message>
            <source>These have the same name and a phone number or e-mail address of an entry you already have. Choose for each whether to skip it, merge it into the entry you have (your details are kept; new contacts, places and notes are added) or add it anyway (you can then edit or delete one of the two).</source>
            <translation>Ces entrées ont le même nom et un numéro de téléphone ou une adresse e-mail d'une entrée que vous avez déjà. Pour chacune, choisissez de l'ignorer, de la fusionner avec l'entrée existante (vos informations sont conservées ; les nouveaux contacts, lieux et notes sont ajoutés) ou de l'ajouter quand même (vous pourrez ensuite modifier ou supprimer l'une des deux).</translation>
        </message>
        <message>
            <source>{name} — like “{existing}”</source>
            <translation>{name} — comme « {existing} »</translation>
        </message>
        <message>
            <source>Skip it</source>
            <translation>L'ignorer</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Garder les deux</translation>
        </message>
        <message>
            <source>Merge into the existing entry</source>
            <translation>Fusionner avec l'entrée existante</translation>
        </message>
        <message>
            <source>Merge into your entry “{existing}”</source>
            <translation>Fusionner avec votre entrée « {existing} »</translation>
        </message>
        <message>
            <source>What to do with {name}</source>
            <translation>Que faire de {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n entries will be added.</source>
            <translation>
                <numerusform>%n entrée sera ajoutée.</numerusform>
                <numerusform>%n entrées seront ajoutées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some cannot be read: choose whether to import only the readable ones.</source>
            <translation>Certaines ne peuvent pas être lues : choisissez si vous voulez importer seulement celles qui sont lisibles.</translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be merged into entries you have.</source>
            <translation>
                <numerusform>%n doublon probable sera fusionné avec une entrée que vous avez déjà.</numerusform>
                <numerusform>%n doublons probables seront fusionnés avec des entrées que vous avez déjà.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be skipped.</source>
            <translation>
                <numerusform>%n doublon probable sera ignoré.</numerusform>
                <numerusform>%n doublons probables seront ignorés.</numerusform>
            </translation>
        </message>
        <message>
            <source>The entries could not be added, and nothing was changed. {reason}</source>
            <translation>Les entrées n'ont pas pu être ajoutées, et rien n'a été modifié. {reason}</translation>
        </message>
        <message>
            <source>Card {card} (from line {line}) cannot be imported.</source>
            <translation>La fiche {card} (à partir de la ligne {line}) ne peut pas être importée.</translation>
        </message>
        <message>
            <source>Card {card} cannot be imported.</source>
            <translation>La fiche {card} ne peut pas être importée.</translation>
        </message>
        <message>
            <source>Line {line} cannot be imported.</source>
            <translation>La ligne {line} ne peut pas être importée.</translation>
        </message>
        <message>
            <source>This file cannot be imported.</source>
            <translation>Ce fichier ne peut pas être importé.</translation>
        </message>
        <message>
            <source>Nothing was added. Details: {details}</source>
            <translation>Rien n'a été ajouté. Détails : {details}</translation>
        </message>
        <message>
            <source>This is not an ordinary file (it may be a folder, a device or a pipe). Choose a contacts file (.vcf or .csv). Nothing was added.</source>
            <translation>Ce n'est pas un fichier ordinaire (c'est peut-être un dossier, un périphérique ou un tube). Choisissez un fichier de contacts (.vcf ou .csv). Rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>The file could not be opened. Check that it still exists and that you are allowed to read it. Nothing was added.</source>
            <translation>Le fichier n'a pas pu être ouvert. Vérifiez qu'il existe toujours et que vous avez le droit de le lire. Rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Son</translation>
        </message>
        <message>
            <source>Encryption key</source>
            <translation>Clé de chiffrement</translation>
        </message>
        <message>
            <source>Nickname</source>
            <translation>Surnom</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Anniversaire</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>Personne liée</translation>
        </message>
        <message>
            <source>Messaging</source>
            <translation>Messagerie</translation>
        </message>
        <message>
            <source>Social profile</source>
            <translation>Profil sur les réseaux sociaux</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Pronunciation</source>
            <translation>Prononciation</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Assistant card</source>
            <translation>Fiche de l'assistant ou de l'assistante</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Deuxième prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Name prefix (Dr., Ms.…)</source>
            <translation>Civilité (Dr, Mme…)</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>Suffixe du nom</translation>
        </message>
        <message>
            <source>Nickname (kept in my notes)</source>
            <translation>Surnom (gardé dans mes notes)</translation>
        </message>
        <message>
            <source>Department (with the organisation)</source>
            <translation>Service (avec l'organisation)</translation>
        </message>
        <message>
            <source>Job title or role (in the description)</source>
            <translation>Poste ou fonction (dans la description)</translation>
        </message>
        <message>
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <source>XMPP (Jabber)</source>
            <translation>XMPP (Jabber)</translation>
        </message>
        <message>
            <source>Messenger (its kind from the service column)</source>
            <translation>Messagerie (son type selon la colonne du service)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>State or province</source>
            <translation>État ou province</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Country (of the address)</source>
            <translation>Pays (de l'adresse)</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>Boîte postale</translation>
        </message>
        <message>
            <source>Label of a phone, e-mail or address</source>
            <translation>Libellé d'un téléphone, d'un e-mail ou d'une adresse</translation>
        </message>
        <message>
            <source>Messenger service</source>
            <translation>Service de messagerie</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kind (person, organisation…)</source>
            <translation>Type (personne, organisation…)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Régions</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Adresse postale</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Heures d'ouverture</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>What will be imported</source>
            <translation>Ce qui sera importé</translation>
        </message>
        <message>
            <source>Entries that will be imported</source>
            <translation>Entrées qui seront importées</translation>
        </message>
        <message>
            <source>Import only the readable ones</source>
            <translation>Importer seulement celles qui sont lisibles</translation>
        </message>
        <message>
            <source>{name} — not imported: {what}</source>
            <translation>{name} — non importé : {what}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept in your notes, with the column's name: {columns}.</source>
            <translation>Gardé dans vos notes, avec le nom de la colonne : {columns}.</translation>
        </message>
        <message>
            <source>Left out: {columns}.</source>
            <translation>Non importé : {columns}.</translation>
        </message>
        <message numerus="yes">
            <source>%n cards cannot be read:</source>
            <translation>
                <numerusform>%n fiche ne peut pas être lue :</numerusform>
                <numerusform>%n fiches ne peuvent pas être lues :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n cards that can be read</source>
            <translation>
                <numerusform>Importer seulement la %n fiche lisible</numerusform>
                <numerusform>Importer seulement les %n fiches lisibles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows cannot be read:</source>
            <translation>
                <numerusform>%n ligne ne peut pas être lue :</numerusform>
                <numerusform>%n lignes ne peuvent pas être lues :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n rows that can be read</source>
            <translation>
                <numerusform>Importer seulement la %n ligne lisible</numerusform>
                <numerusform>Importer seulement les %n lignes lisibles</numerusform>
            </translation>
        </message>
        <message>
            <source>Card {card} (line {line})</source>
            <translation>Fiche {card} (ligne {line})</translation>
        </message>
        <message>
            <source>Card {card}</source>
            <translation>Fiche {card}</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>Ligne {line}</translation>
        </message>
    </context>
    <context>
        <name>InsightsPage</name>
        <message>
            <source>Period shown</source>
            <translation>Période affichée</translation>
        </message>
        <message>
            <source>&amp;Export for a counsellor…</source>
            <translation>&amp;Exporter pour un accompagnement…</translation>
        </message>
        <message>
            <source>Export journal entries for a counsellor</source>
            <translation>Exporter des entrées du journal pour un accompagnement psychologique</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Tendances</translation>
        </message>
        <message>
            <source>Patterns from your own check-ins. They show what tends to go together, not what causes what.</source>
            <translation>Des tendances tirées de vos propres points du jour. Elles montrent ce qui va souvent ensemble, pas ce qui cause quoi.</translation>
        </message>
        <message>
            <source>Nothing to show for this period yet. As you check in, your stress and mood appear here over time.</source>
            <translation>Rien à afficher pour cette période pour l'instant. Au fil de vos points du jour, votre stress et votre humeur apparaîtront ici.</translation>
        </message>
        <message>
            <source>Stress (0–10)</source>
            <translation>Stress (0–10)</translation>
        </message>
        <message>
            <source>Mood (1–5)</source>
            <translation>Humeur (1–5)</translation>
        </message>
        <message>
            <source>&amp;Save the charts as an image…</source>
            <translation>Enregistrer les &amp;graphiques en image…</translation>
        </message>
        <message>
            <source>Save the charts as an image</source>
            <translation>Enregistrer les graphiques en image</translation>
        </message>
        <message numerus="yes">
            <source>Your average stress on the day after you did each activity, compared with the day after other days you checked in. A figure resting on fewer than %n days is marked: there are too few days to say.</source>
            <translation>
                <numerusform>Votre stress moyen le lendemain de chaque activité, comparé au lendemain des autres jours où vous avez fait le point. Un chiffre fondé sur moins de %n jour est signalé : il y a trop peu de jours pour le dire.</numerusform>
                <numerusform>Votre stress moyen le lendemain de chaque activité, comparé au lendemain des autres jours où vous avez fait le point. Un chiffre fondé sur moins de %n jours est signalé : il y a trop peu de jours pour le dire.</numerusform>
            </translation>
        </message>
        <message>
            <source>Activities and next-day stress</source>
            <translation>Activités et stress du lendemain</translation>
        </message>
        <message>
            <source>Some things that help, like counselling or talking about something hard, can feel heavier for a day or two before they help.</source>
            <translation>Certaines choses qui aident, comme l'accompagnement psychologique ou parler de quelque chose de difficile, peuvent peser davantage pendant un jour ou deux avant d'aider.</translation>
        </message>
        <message>
            <source>When you note what you did for yourself and check in the next day, it shows here.</source>
            <translation>Quand vous notez ce que vous avez fait pour vous et faites le point le lendemain, cela apparaît ici.</translation>
        </message>
        <message>
            <source>Week by week</source>
            <translation>Semaine par semaine</translation>
        </message>
        <message numerus="yes">
            <source>On how many of the last %n days you noted each of your warning signs. Noticing them is part of looking after yourself.</source>
            <translation>
                <numerusform>Le nombre de jours, sur les %n derniers jours, où vous avez noté chacun de vos signaux d’alerte. Les remarquer fait partie de prendre soin de vous.</numerusform>
                <numerusform>Le nombre de jours, sur les %n derniers jours, où vous avez noté chacun de vos signaux d’alerte. Les remarquer fait partie de prendre soin de vous.</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning signs you noted</source>
            <translation>Signaux d’alerte notés</translation>
        </message>
        <message numerus="yes">
            <source>You have not noted any of your warning signs in the last %n days.</source>
            <translation>
                <numerusform>Vous n’avez noté aucun de vos signaux d’alerte ces %n derniers jours.</numerusform>
                <numerusform>Vous n’avez noté aucun de vos signaux d’alerte ces %n derniers jours.</numerusform>
            </translation>
        </message>
        <message>
            <source>What goes with lower stress the next day</source>
            <translation>Ce qui va avec moins de stress le lendemain</translation>
        </message>
        <message>
            <source>The days you checked in each week, and their averages: stress from 0 to 10, mood from 1 to 5.</source>
            <translation>Les jours où vous avez fait le point chaque semaine, et leurs moyennes : stress de 0 à 10, humeur de 1 à 5.</translation>
        </message>
        <message>
            <source>Your check-ins so far:</source>
            <translation>Vos points du jour jusqu'ici :</translation>
        </message>
        <message>
            <source>stress {value}</source>
            <translation>stress {value}</translation>
        </message>
        <message>
            <source>mood {value}</source>
            <translation>humeur {value}</translation>
        </message>
        <message>
            <source>A chart appears after a few days of check-ins.</source>
            <translation>Un graphique apparaît après quelques jours de points du jour.</translation>
        </message>
        <message>
            <source>1 day with check-ins in this period. Stress {stress}, mood {mood}.</source>
            <translation>1 jour avec un point du jour sur cette période. Stress {stress}, humeur {mood}.</translation>
        </message>
        <message numerus="yes">
            <source>%n days with check-ins in this period. Latest 7-day average: stress {stress}, mood {mood}.</source>
            <translation>
                <numerusform>%n jour avec un point du jour sur cette période. Dernière moyenne sur 7 jours : stress {stress}, humeur {mood}.</numerusform>
                <numerusform>%n jours avec un point du jour sur cette période. Dernière moyenne sur 7 jours : stress {stress}, humeur {mood}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The image was saved as {name}. It is not encrypted.</source>
            <translation>L'image a été enregistrée sous {name}. Elle n'est pas chiffrée.</translation>
        </message>
        <message>
            <source>The export was saved as {name}. It is not encrypted: delete it when it is no longer needed.</source>
            <translation>L'export a été enregistré sous {name}. Il n'est pas chiffré : supprimez-le quand vous n'en avez plus besoin.</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>4 dernières semaines</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>3 derniers mois</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
    </context>
    <context>
        <name>JoinForm</name>
        <message>
            <source>Join another device's sync</source>
            <translation>Rejoindre la synchronisation d'un autre appareil</translation>
        </message>
        <message>
            <source>Sync folder to join</source>
            <translation>Dossier de synchronisation à rejoindre</translation>
        </message>
        <message>
            <source>No folder chosen yet</source>
            <translation>Aucun dossier choisi pour l'instant</translation>
        </message>
        <message>
            <source>Choose &amp;folder…</source>
            <translation>C&amp;hoisir le dossier…</translation>
        </message>
        <message>
            <source>Choose the sync folder</source>
            <translation>Choisir le dossier de synchronisation</translation>
        </message>
        <message>
            <source>Pairing code</source>
            <translation>Code d'appairage</translation>
        </message>
        <message>
            <source>Sync folder</source>
            <translation>Dossier de synchronisation</translation>
        </message>
        <message>
            <source>&amp;Pairing code</source>
            <translation>&amp;Code d'appairage</translation>
        </message>
        <message>
            <source>Join this &amp;sync</source>
            <translation>&amp;Rejoindre cette synchronisation</translation>
        </message>
        <message>
            <source>Join this sync</source>
            <translation>Rejoindre cette synchronisation</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <source>Cancel joining</source>
            <translation>Annuler l'appairage</translation>
        </message>
        <message>
            <source>Choose the folder your other device syncs through (the same USB stick or synced folder), then type the pairing code it showed you.</source>
            <translation>Choisissez le dossier par lequel votre autre appareil se synchronise (la même clé USB ou le même dossier synchronisé), puis saisissez le code d'appairage qu'il vous a affiché.</translation>
        </message>
        <message>
            <source>Fill in the server above as on your other device, then type the pairing code it showed you.</source>
            <translation>Renseignez le serveur ci-dessus comme sur votre autre appareil, puis saisissez le code d'appairage qu'il vous a affiché.</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>Join a team space</source>
            <translation>Rejoindre un espace d'équipe</translation>
        </message>
        <message>
            <source>Join once the person who created the team has added you with your member key.</source>
            <translation>Rejoignez l'espace une fois que la personne qui a créé l'équipe a ajouté votre clé de membre.</translation>
        </message>
        <message>
            <source>Team space id</source>
            <translation>Identifiant de l'espace d'équipe</translation>
        </message>
        <message>
            <source>Fingerprint of the person who created it</source>
            <translation>Empreinte de la personne qui l'a créé</translation>
        </message>
        <message>
            <source>Team space &amp;id</source>
            <translation>&amp;Identifiant de l'espace d'équipe</translation>
        </message>
        <message>
            <source>The person who created the team sees it under Members.</source>
            <translation>La personne qui a créé l'équipe le voit dans Membres.</translation>
        </message>
        <message>
            <source>Fin&amp;gerprint of the person who created it</source>
            <translation>&amp;Empreinte de la personne qui l'a créé</translation>
        </message>
        <message>
            <source>The person who created the team reads it to you, in person or on a call.</source>
            <translation>La personne qui a créé l'équipe vous la lit, en personne ou lors d'un appel.</translation>
        </message>
        <message>
            <source>&amp;Join the team space</source>
            <translation>&amp;Rejoindre l'espace d'équipe</translation>
        </message>
        <message>
            <source>Join the team space</source>
            <translation>Rejoindre l'espace d'équipe</translation>
        </message>
        <message>
            <source>Choose the folder the team shares</source>
            <translation>Choisissez le dossier que l'équipe partage</translation>
        </message>
    </context>
    <context>
        <name>JournalListPanel</name>
        <message>
            <source>&amp;New entry</source>
            <translation>A&amp;jouter</translation>
        </message>
        <message>
            <source>Write a new entry</source>
            <translation>Écrire une nouvelle entrée</translation>
        </message>
        <message>
            <source>New entry (Ctrl+N)</source>
            <translation>Nouvelle entrée (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>&amp;Corbeille</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>Afficher la corbeille</translation>
        </message>
        <message>
            <source>&amp;Back to the journal</source>
            <translation>Retour au &amp;journal</translation>
        </message>
        <message>
            <source>Back to the journal</source>
            <translation>Retour au journal</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Restore the chosen entry</source>
            <translation>Restaurer l'entrée choisie</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Vider la corbeille</translation>
        </message>
        <message>
            <source>Empty the trash for good</source>
            <translation>Vider définitivement la corbeille</translation>
        </message>
        <message>
            <source>Journal entries, newest first</source>
            <translation>Entrées du journal, des plus récentes aux plus anciennes</translation>
        </message>
        <message>
            <source>Entry moved to the trash.</source>
            <translation>Entrée placée dans la corbeille.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo: bring the entry back</source>
            <translation>Annuler : récupérer l'entrée</translation>
        </message>
        <message>
            <source>The entry is back in your journal.</source>
            <translation>L'entrée est de retour dans votre journal.</translation>
        </message>
        <message>
            <source>Remove every entry in the trash for good? This cannot be undone, and there is no copy anywhere else.</source>
            <translation>Supprimer définitivement toutes les entrées de la corbeille ? C'est irréversible, et il n'en existe aucune copie ailleurs.</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>La corbeille est vide.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>Aucun résultat. Essayez d'autres mots, ou effacez les filtres.</translation>
        </message>
        <message>
            <source>Your journal is empty for now. Check-ins from Today and the entries you write appear here, newest first.</source>
            <translation>Votre journal est vide pour l'instant. Les points du jour faits dans Aujourd'hui et les entrées que vous écrivez apparaissent ici, des plus récentes aux plus anciennes.</translation>
        </message>
    </context>
    <context>
        <name>JournalSection</name>
        <message>
            <source>Journal views</source>
            <translation>Vues du journal</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Tendances</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>Mon plan pour prendre soin de moi</translation>
        </message>
    </context>
    <context>
        <name>LockScreenFrame</name>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Lock and minimise</source>
            <translation>Verrouiller et réduire</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Take a moment: breathing and grounding</source>
            <translation>Prendre un moment : respiration et ancrage</translation>
        </message>
        <message>
            <source>Search everywhere</source>
            <translation>Rechercher partout</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>Parler à quelqu'un maintenant</translation>
        </message>
    </context>
    <context>
        <name>MarkdownView</name>
        <message>
            <source>[image: {name}]</source>
            <translation>[image : {name}]</translation>
        </message>
        <message>
            <source>[image]</source>
            <translation>[image]</translation>
        </message>
    </context>
    <context>
        <name>MemberKeyDialog</name>
        <message>
            <source>Your member key</source>
            <translation>Votre clé de membre</translation>
        </message>
        <message>
            <source>Send this key to the person who created the team (by any channel: it is not secret). When they add you, read each other the fingerprint: add or join only if every group matches.</source>
            <translation>Envoyez cette clé à la personne qui a créé l'équipe (par n'importe quel moyen : elle n'est pas secrète). Quand elle vous ajoute, lisez-vous l'empreinte mutuellement : n'ajoutez ou ne rejoignez que si chaque groupe correspond.</translation>
        </message>
        <message>
            <source>Its fingerprint</source>
            <translation>Son empreinte</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Empreinte : {fingerprint}</translation>
        </message>
        <message>
            <source>&amp;Copy the key</source>
            <translation>&amp;Copier la clé</translation>
        </message>
        <message>
            <source>Copy your member key</source>
            <translation>Copier votre clé de membre</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard is emptied in %n seconds.</source>
            <translation>
                <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
                <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Répétez la nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
        </message>
        <message>
            <source>This passphrase is weak. Use it anyway.</source>
            <translation>Cette phrase secrète est faible. L'utiliser quand même.</translation>
        </message>
        <message>
            <source>Use the weak passphrase anyway</source>
            <translation>Utiliser quand même la phrase secrète faible</translation>
        </message>
        <message>
            <source>Type a new passphrase first.</source>
            <translation>Saisissez d'abord une nouvelle phrase secrète.</translation>
        </message>
        <message numerus="yes">
            <source>The new passphrase is too short. Use at least %n characters.</source>
            <translation>
                <numerusform>La nouvelle phrase secrète est trop courte. Utilisez au moins %n caractère.</numerusform>
                <numerusform>La nouvelle phrase secrète est trop courte. Utilisez au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the new passphrase a second time, the same as the first.</source>
            <translation>Saisissez la nouvelle phrase secrète une deuxième fois, à l'identique.</translation>
        </message>
        <message>
            <source>The new passphrase is weak. Add a few more words, or tick the box to use it anyway.</source>
            <translation>La nouvelle phrase secrète est faible. Ajoutez quelques mots, ou cochez la case pour l'utiliser quand même.</translation>
        </message>
    </context>
    <context>
        <name>NoteContextsDialog</name>
        <message>
            <source>Where notes come from</source>
            <translation>D'où viennent vos notes</translation>
        </message>
        <message>
            <source>These are the contexts you can give a note. Hiding one keeps it in the notes that already have it.</source>
            <translation>Voici les contextes que vous pouvez donner à une note. En masquer un le conserve dans les notes qui l'ont déjà.</translation>
        </message>
        <message>
            <source>Close the list of contexts</source>
            <translation>Fermer la liste des contextes</translation>
        </message>
        <message>
            <source>Your contexts</source>
            <translation>Vos contextes</translation>
        </message>
        <message>
            <source>Rename the chosen context</source>
            <translation>Renommer le contexte choisi</translation>
        </message>
        <message>
            <source>Move the chosen context up</source>
            <translation>Monter le contexte choisi</translation>
        </message>
        <message>
            <source>Move the chosen context down</source>
            <translation>Descendre le contexte choisi</translation>
        </message>
        <message>
            <source>Hide the chosen context</source>
            <translation>Masquer le contexte choisi</translation>
        </message>
        <message>
            <source>Show the chosen context again</source>
            <translation>Afficher à nouveau le contexte choisi</translation>
        </message>
        <message>
            <source>A new context</source>
            <translation>Un nouveau contexte</translation>
        </message>
        <message>
            <source>Name of a new context</source>
            <translation>Nom d'un nouveau contexte</translation>
        </message>
        <message>
            <source>Add the new context</source>
            <translation>Ajouter le nouveau contexte</translation>
        </message>
        <message>
            <source>Hidden from the choices in the editor</source>
            <translation>Masqué des choix de l'éditeur</translation>
        </message>
    </context>
    <context>
        <name>NoteDetail</name>
        <message>
            <source>This note is in the trash.</source>
            <translation>Cette note est dans la corbeille.</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <source>Edit this note</source>
            <translation>Modifier cette note</translation>
        </message>
        <message>
            <source>Edit this note (Enter in the list)</source>
            <translation>Modifier cette note (Enter dans la liste)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Move this note to the trash</source>
            <translation>Placer cette note dans la corbeille</translation>
        </message>
        <message>
            <source>Move this note to the trash; you can undo it</source>
            <translation>Placer cette note dans la corbeille ; vous pouvez annuler</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Restore this note</source>
            <translation>Restaurer cette note</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>Qui a participé</translation>
        </message>
        <message>
            <source>Key takeaways</source>
            <translation>L'essentiel</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>Le texte de la note</translation>
        </message>
        <message>
            <source>{text} — by {date}</source>
            <translation>{text} — d'ici le {date}</translation>
        </message>
        <message>
            <source>Open {name} in the directory</source>
            <translation>Ouvrir {name} dans l'annuaire</translation>
        </message>
        <message>
            <source>Open in the directory</source>
            <translation>Ouvrir dans l'annuaire</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Modifier la note</translation>
        </message>
        <message>
            <source>Give the note a title, so you can find it again.</source>
            <translation>Donnez un titre à la note, pour la retrouver plus tard.</translation>
        </message>
        <message numerus="yes">
            <source>A note can have at most %n people, takeaways or follow-ups. Move some of them into the text.</source>
            <translation>
                <numerusform>Une note peut avoir au plus %n personne, point essentiel ou suivi. Déplacez-en une partie dans le texte.</numerusform>
                <numerusform>Une note peut avoir au plus %n personnes, points essentiels ou suivis. Déplacez-en une partie dans le texte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your changes could not be kept as a draft. {reason}</source>
            <translation>Vos modifications n'ont pas pu être gardées en brouillon. {reason}</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Discard your unsaved changes? This cannot be undone.</source>
            <translation>Abandonner vos modifications non enregistrées ? Impossible de revenir en arrière.</translation>
        </message>
        <message>
            <source>The note could not be saved. {reason}</source>
            <translation>La note n'a pas pu être enregistrée. {reason}</translation>
        </message>
        <message>
            <source>This note no longer exists.</source>
            <translation>Cette note n'existe plus.</translation>
        </message>
    </context>
    <context>
        <name>NoteFilterBar</name>
        <message>
            <source>Search your notes</source>
            <translation>Rechercher dans vos notes</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>&amp;Filters</source>
            <translation>&amp;Filtres</translation>
        </message>
        <message>
            <source>Show the filters</source>
            <translation>Afficher les filtres</translation>
        </message>
        <message>
            <source>Hide the filters</source>
            <translation>Masquer les filtres</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>Effa&amp;cer les filtres</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>N'importe quand</translation>
        </message>
        <message>
            <source>The past 30 days</source>
            <translation>Les 30 derniers jours</translation>
        </message>
        <message>
            <source>The past 3 months</source>
            <translation>Les 3 derniers mois</translation>
        </message>
        <message>
            <source>The past year</source>
            <translation>La dernière année</translation>
        </message>
        <message>
            <source>Between two dates</source>
            <translation>Entre deux dates</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Any context</source>
            <translation>Tout contexte</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Tout le monde</translation>
        </message>
    </context>
    <context>
        <name>NoteForm</name>
        <message>
            <source>What was the conversation?</source>
            <translation>De quoi a-t-on parlé ?</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>&amp;Edit list…</source>
            <translation>&amp;Modifier la liste…</translation>
        </message>
        <message>
            <source>Edit your list of contexts</source>
            <translation>Modifier votre liste de contextes</translation>
        </message>
        <message>
            <source>Follow-ups with a date show on your Today page when they are due.</source>
            <translation>Les suivis datés apparaissent sur votre page Aujourd'hui le jour venu.</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>Qui a participé</translation>
        </message>
        <message>
            <source>Key takeaways</source>
            <translation>L'essentiel</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>Le texte de la note</translation>
        </message>
        <message>
            <source>What was said, what you noticed, what you want to keep. Markdown works here.</source>
            <translation>Ce qui a été dit, ce que vous avez remarqué, ce que vous voulez garder. Markdown fonctionne ici.</translation>
        </message>
        <message>
            <source>Preview of the note's text</source>
            <translation>Aperçu du texte de la note</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>Ape&amp;rçu</translation>
        </message>
        <message>
            <source>Show a preview of the text</source>
            <translation>Afficher un aperçu du texte</translation>
        </message>
        <message>
            <source>&amp;Edit the text</source>
            <translation>Modifier le &amp;texte</translation>
        </message>
        <message>
            <source>Back to editing the text</source>
            <translation>Revenir à la modification du texte</translation>
        </message>
        <message>
            <source>Start from p&amp;rompts</source>
            <translation>Partir de &amp;questions guides</translation>
        </message>
        <message>
            <source>Add headings to the text from a template of prompts</source>
            <translation>Ajouter au texte les titres d'un modèle de questions guides</translation>
        </message>
        <message>
            <source>Templates of prompts</source>
            <translation>Modèles de questions guides</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No context</source>
            <translation>Aucun contexte</translation>
        </message>
        <message>
            <source>A context no longer in your list</source>
            <translation>Un contexte qui n'est plus dans votre liste</translation>
        </message>
    </context>
    <context>
        <name>NoteListPanel</name>
        <message>
            <source>Order of the notes</source>
            <translation>Ordre des notes</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Les plus récentes d'abord</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Les plus anciennes d'abord</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Par titre</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <source>Your dialogue notes</source>
            <translation>Vos notes d'échanges</translation>
        </message>
        <message>
            <source>Enter: edit · Delete: move to the trash</source>
            <translation>Enter : modifier · Suppr : placer dans la corbeille</translation>
        </message>
    </context>
    <context>
        <name>NotePrompts</name>
        <message>
            <source>Exchange of practices</source>
            <translation>Échange de pratiques</translation>
        </message>
        <message>
            <source>Practices that worked</source>
            <translation>Pratiques qui ont marché</translation>
        </message>
        <message>
            <source>Obstacles</source>
            <translation>Obstacles</translation>
        </message>
        <message>
            <source>What I take away</source>
            <translation>Ce que je retiens</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Counselling session</source>
            <translation>Séance d'accompagnement psychologique</translation>
        </message>
        <message>
            <source>What we talked about</source>
            <translation>De quoi nous avons parlé</translation>
        </message>
        <message>
            <source>What I noticed in myself</source>
            <translation>Ce que j'ai remarqué en moi</translation>
        </message>
        <message>
            <source>What I want to try</source>
            <translation>Ce que je veux essayer</translation>
        </message>
        <message>
            <source>Team meeting</source>
            <translation>Réunion d'équipe</translation>
        </message>
        <message>
            <source>What we decided</source>
            <translation>Ce que nous avons décidé</translation>
        </message>
        <message>
            <source>Concerns raised</source>
            <translation>Préoccupations soulevées</translation>
        </message>
        <message>
            <source>Who does what</source>
            <translation>Qui fait quoi</translation>
        </message>
    </context>
    <context>
        <name>NoteText</name>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} et {count} autres</translation>
        </message>
        <message>
            <source>{date} — {title}</source>
            <translation>{date} — {title}</translation>
        </message>
        <message>
            <source>With {names}</source>
            <translation>Avec {names}</translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nouvelle note</translation>
        </message>
        <message>
            <source>Write a new note</source>
            <translation>Écrire une nouvelle note</translation>
        </message>
        <message>
            <source>New note (Ctrl+N)</source>
            <translation>Nouvelle note (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>&amp;Corbeille</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>Afficher la corbeille</translation>
        </message>
        <message>
            <source>&amp;Back to the notes</source>
            <translation>Retour aux no&amp;tes</translation>
        </message>
        <message>
            <source>Back to the notes</source>
            <translation>Retour aux notes</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Restore the chosen note</source>
            <translation>Restaurer la note choisie</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>Vider la &amp;corbeille…</translation>
        </message>
        <message>
            <source>Empty the trash for good</source>
            <translation>Vider définitivement la corbeille</translation>
        </message>
        <message>
            <source>Choose a note to read it here.</source>
            <translation>Choisissez une note pour la lire ici.</translation>
        </message>
        <message numerus="yes">
            <source>%n notes in the trash</source>
            <translation>
                <numerusform>%n note dans la corbeille</numerusform>
                <numerusform>%n notes dans la corbeille</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notes</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>La corbeille est vide.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>Aucun résultat. Essayez d'autres mots, ou effacez les filtres.</translation>
        </message>
        <message>
            <source>No notes yet. After a peer circle, a counselling session or a team meeting, keep here what you want to remember: “New note”, or Ctrl+N.</source>
            <translation>Pas encore de notes. Après un cercle de pairs, une séance d'accompagnement ou une réunion d'équipe, gardez ici ce que vous voulez retenir : « Nouvelle note », ou Ctrl+N.</translation>
        </message>
        <message>
            <source>You have a note you have not saved yet.</source>
            <translation>Vous avez une note pas encore enregistrée.</translation>
        </message>
        <message>
            <source>Continue writing</source>
            <translation>Continuer à écrire</translation>
        </message>
        <message>
            <source>Continue your unsaved note</source>
            <translation>Reprendre votre note non enregistrée</translation>
        </message>
        <message>
            <source>Note moved to the trash.</source>
            <translation>Note placée dans la corbeille.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo: bring the note back</source>
            <translation>Annuler : récupérer la note</translation>
        </message>
        <message>
            <source>Bring the note back (Ctrl+Z)</source>
            <translation>Récupérer la note (Ctrl+Z)</translation>
        </message>
        <message>
            <source>The note is back among your notes.</source>
            <translation>La note est de retour parmi vos notes.</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Vider la corbeille</translation>
        </message>
        <message>
            <source>Remove every note in the trash for good? This cannot be undone, and there is no copy anywhere else.</source>
            <translation>Supprimer définitivement toutes les notes de la corbeille ? C'est irréversible, et il n'en existe aucune copie ailleurs.</translation>
        </message>
        <message numerus="yes">
            <source>%n notes removed for good.</source>
            <translation>
                <numerusform>%n note supprimée définitivement.</numerusform>
                <numerusform>%n notes supprimées définitivement.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Act on this message</source>
            <translation>Agir sur ce message</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Fermer ce message</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsInput</name>
        <message>
            <source>People who took part</source>
            <translation>Personnes qui ont participé</translation>
        </message>
        <message>
            <source>Type a name, or search your directory</source>
            <translation>Saisissez un nom, ou cherchez dans votre annuaire</translation>
        </message>
        <message>
            <source>Add a person who took part</source>
            <translation>Ajouter une personne qui a participé</translation>
        </message>
        <message>
            <source>Choose someone from your directory, or press Enter to add the name as typed</source>
            <translation>Choisissez quelqu'un dans votre annuaire, ou appuyez sur Enter pour ajouter le nom tel quel</translation>
        </message>
        <message>
            <source>Clear the name</source>
            <translation>Effacer le nom</translation>
        </message>
        <message>
            <source>Linked names open their directory entry.</source>
            <translation>Les noms liés ouvrent leur entrée dans l'annuaire.</translation>
        </message>
        <message>
            <source>Matching people in your directory</source>
            <translation>Personnes correspondantes dans votre annuaire</translation>
        </message>
        <message>
            <source>{name} · {organisation}</source>
            <translation>{name} · {organisation}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Retirer {name}</translation>
        </message>
        <message>
            <source>Open {name} in the directory</source>
            <translation>Ouvrir {name} dans l'annuaire</translation>
        </message>
        <message>
            <source>Open in the directory</source>
            <translation>Ouvrir dans l'annuaire</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <source>Caps Lock seems to be on.</source>
            <translation>Le verrouillage des majuscules semble activé.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Hide the passphrase</source>
            <translation>Masquer la phrase secrète</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Afficher la phrase secrète</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Add someone who would look after them</source>
            <translation>Ajouter quelqu’un qui s’en occuperait</translation>
        </message>
        <message>
            <source>Add a person for an emergency</source>
            <translation>Ajouter une personne à joindre en cas d'urgence</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Who this is for you</source>
            <translation>Qui est cette personne pour vous</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Who this is</source>
            <translation>&amp;Qui est-ce</translation>
        </message>
        <message>
            <source>Save this person</source>
            <translation>Enregistrer cette personne</translation>
        </message>
        <message>
            <source>Cancel adding a person</source>
            <translation>Annuler l'ajout d'une personne</translation>
        </message>
        <message>
            <source>Someone who would look after the people who depend on you</source>
            <translation>Quelqu’un qui s’occuperait des personnes qui dépendent de vous</translation>
        </message>
        <message>
            <source>Someone you would reach in a hard moment</source>
            <translation>Quelqu'un vers qui vous tourner dans un moment difficile</translation>
        </message>
        <message>
            <source>Add a name, so you know who this is.</source>
            <translation>Ajoutez un nom, pour savoir de qui il s'agit.</translation>
        </message>
        <message>
            <source>Add at least one way to reach this person.</source>
            <translation>Ajoutez au moins un moyen de joindre cette personne.</translation>
        </message>
    </context>
    <context>
        <name>PlaceForm</name>
        <message>
            <source>Sync through</source>
            <translation>Synchroniser via</translation>
        </message>
        <message>
            <source>A f&amp;older (a USB stick or a synced folder)</source>
            <translation>Un &amp;dossier (une clé USB ou un dossier synchronisé)</translation>
        </message>
        <message>
            <source>A &amp;WebDAV server (Nextcloud, ownCloud, Synology…)</source>
            <translation>Un serveur &amp;WebDAV (Nextcloud, ownCloud, Synology…)</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password or app token</source>
            <translation>Mot de passe ou jeton d'application</translation>
        </message>
        <message>
            <source>Certificate authority file (advanced)</source>
            <translation>Fichier d'autorité de certification (avancé)</translation>
        </message>
        <message>
            <source>None: the usual authorities are trusted</source>
            <translation>Aucun : les autorités habituelles sont reconnues</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Choose a certificate authority file</source>
            <translation>Choisir un fichier d'autorité de certification</translation>
        </message>
        <message>
            <source>Forget the fil&amp;e</source>
            <translation>&amp;Oublier le fichier</translation>
        </message>
        <message>
            <source>Forget the certificate authority file</source>
            <translation>Oublier le fichier d'autorité de certification</translation>
        </message>
        <message>
            <source>Only for a server whose owner gave you their certificate authority file; leave it empty otherwise.</source>
            <translation>Uniquement pour un serveur dont la personne responsable vous a donné son fichier d'autorité de certification ; sinon, laissez vide.</translation>
        </message>
        <message>
            <source>&amp;Test the server</source>
            <translation>&amp;Tester le serveur</translation>
        </message>
        <message>
            <source>Test the server</source>
            <translation>Tester le serveur</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>Adresse du &amp;serveur</translation>
        </message>
        <message>
            <source>User na&amp;me</source>
            <translation>Nom d'&amp;utilisateur</translation>
        </message>
        <message>
            <source>Passwor&amp;d or app token</source>
            <translation>Mot de passe ou &amp;jeton d'application</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer)</source>
            <translation>Certificats (*.pem *.crt *.cer)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Choose the certificate authority file</source>
            <translation>Choisir le fichier d'autorité de certification</translation>
        </message>
        <message>
            <source>The server works: files can be written, read back and listed there, and it never replaces one. You can use it for sync.</source>
            <translation>Le serveur fonctionne : on peut y écrire, relire et lister des fichiers, et il n'en remplace jamais aucun. Vous pouvez l'utiliser pour la synchronisation.</translation>
        </message>
        <message>
            <source>The server did not accept that user name and password (or app token). Check both and try again.</source>
            <translation>Le serveur n'a pas accepté ce nom d'utilisateur et ce mot de passe (ou jeton d'application). Vérifiez les deux et réessayez.</translation>
        </message>
        <message>
            <source>There is no such folder on the server. Check the address: it ends with the folder that holds your files.</source>
            <translation>Ce dossier n'existe pas sur le serveur. Vérifiez l'adresse : elle se termine par le dossier qui contient vos fichiers.</translation>
        </message>
        <message>
            <source>This server cannot rename a file without replacing another (WebDAV MOVE), so it cannot be used safely for sync.</source>
            <translation>Ce serveur ne peut pas renommer un fichier sans en remplacer un autre (WebDAV MOVE) : il ne peut donc pas servir à synchroniser en toute sécurité.</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted, so nothing was sent. Ask whoever runs the server, or choose their certificate authority file.</source>
            <translation>Le certificat du serveur n'est pas reconnu, donc rien n'a été envoyé. Demandez à la personne qui gère le serveur, ou choisissez son fichier d'autorité de certification.</translation>
        </message>
        <message>
            <source>The server did not answer in time. Try again a little later.</source>
            <translation>Le serveur n'a pas répondu à temps. Réessayez un peu plus tard.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and your connection to the internet.</source>
            <translation>Impossible de joindre le serveur. Vérifiez l'adresse et votre connexion à internet.</translation>
        </message>
        <message>
            <source>The server sent the connection on to another server, which is refused. Check the address with whoever runs the server.</source>
            <translation>Le serveur a renvoyé la connexion vers un autre serveur, ce qui est refusé. Vérifiez l'adresse avec la personne qui gère le serveur.</translation>
        </message>
        <message>
            <source>The server is full: it has no room for new files.</source>
            <translation>Le serveur est plein : il n'a plus de place pour de nouveaux fichiers.</translation>
        </message>
        <message>
            <source>A file on the server is locked by another program. Try again a little later.</source>
            <translation>Un fichier du serveur est verrouillé par un autre programme. Réessayez un peu plus tard.</translation>
        </message>
        <message>
            <source>The server failed to answer properly. Try again later, or ask whoever runs it.</source>
            <translation>Le serveur n'a pas répondu correctement. Réessayez plus tard, ou demandez à la personne qui le gère.</translation>
        </message>
        <message>
            <source>That address cannot be used. It starts with https:// and names the server, with no user name or password in it.</source>
            <translation>Cette adresse ne peut pas être utilisée. Elle commence par https:// et nomme le serveur, sans nom d'utilisateur ni mot de passe.</translation>
        </message>
        <message>
            <source>That server cannot be used for sync: files could not be written and read back there safely. Nothing was changed.</source>
            <translation>Ce serveur ne peut pas servir à la synchronisation : impossible d'y écrire puis relire des fichiers en toute sécurité. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Testing the server…</source>
            <translation>Test du serveur…</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>My self-care plan</source>
            <translation>Mon plan pour prendre soin de moi</translation>
        </message>
        <message>
            <source>Your plan, in your own words, for the days when it is hard to think clearly. Write as much or as little as you like; it is saved as you write, inside your encrypted vault.</source>
            <translation>Votre plan, avec vos propres mots, pour les jours où il est difficile d'y voir clair. Écrivez autant ou aussi peu que vous voulez ; il est enregistré au fil de l'écriture, dans votre coffre-fort chiffré.</translation>
        </message>
        <message>
            <source>Opening your plan…</source>
            <translation>Ouverture de votre plan…</translation>
        </message>
        <message numerus="yes">
            <source>This section is too long to save. Please shorten it to %n characters or fewer.</source>
            <translation>
                <numerusform>Cette section est trop longue pour être enregistrée. Raccourcissez-la à %n caractère au plus.</numerusform>
                <numerusform>Cette section est trop longue pour être enregistrée. Raccourcissez-la à %n caractères au plus.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved in your vault.</source>
            <translation>Enregistré dans votre coffre-fort.</translation>
        </message>
        <message>
            <source>Your plan could not be saved: {reason}</source>
            <translation>Votre plan n'a pas pu être enregistré : {reason}</translation>
        </message>
        <message>
            <source>A safer place I can go</source>
            <translation>Un lieu plus sûr où aller</translation>
        </message>
        <message>
            <source>Who looks after the people who depend on me</source>
            <translation>Qui s’occupe des personnes qui dépendent de moi</translation>
        </message>
        <message>
            <source>My warning signs</source>
            <translation>Mes signaux d'alerte</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>Ce qui m'aide</translation>
        </message>
        <message>
            <source>People I can reach</source>
            <translation>Les personnes que je peux joindre</translation>
        </message>
        <message>
            <source>My boundaries and commitments</source>
            <translation>Mes limites et engagements</translation>
        </message>
        <message>
            <source>What keeps me going</source>
            <translation>Ce qui me fait tenir</translation>
        </message>
        <message>
            <source>Where you could go if home or the office is not safe, and how to get there.</source>
            <translation>Où vous pourriez aller si la maison ou le bureau n'est pas sûr, et comment vous y rendre.</translation>
        </message>
        <message>
            <source>Children, elders or others who rely on you: who would look after them if you could not, and what they need to know (school, medicines, routines).</source>
            <translation>Enfants, personnes âgées ou autres personnes qui comptent sur vous : qui s’en occuperait si vous ne pouviez pas, et ce qu’il faut savoir (école, médicaments, habitudes).</translation>
        </message>
        <message>
            <source>What tells you that stress is building up? For example: sleeping badly, snapping at people, feeling numb.</source>
            <translation>Qu'est-ce qui vous indique que le stress s'accumule ? Par exemple : mal dormir, s'emporter contre les autres, ne plus rien ressentir.</translation>
        </message>
        <message>
            <source>Small things count: a walk, music, a call, a proper meal, prayer, time alone.</source>
            <translation>Les petites choses comptent : une marche, de la musique, un appel, un bon repas, la prière, un moment pour soi.</translation>
        </message>
        <message>
            <source>Who can you call or write to when things get hard? A friend, a colleague, a counsellor, a helpline.</source>
            <translation>Qui pouvez-vous appeler ou à qui écrire quand c'est difficile ? Quelqu'un de proche, un membre de votre équipe, une personne qui vous accompagne, une ligne d'écoute.</translation>
        </message>
        <message>
            <source>What will you say no to? What have you promised yourself, and others?</source>
            <translation>À quoi allez-vous dire non ? Qu'avez-vous promis, à vous-même et aux autres ?</translation>
        </message>
        <message>
            <source>What gives you strength and meaning, in this work and outside it.</source>
            <translation>Ce qui vous donne force et sens, dans ce travail et en dehors.</translation>
        </message>
    </context>
    <context>
        <name>PlanSummaryCard</name>
        <message>
            <source>My warning signs</source>
            <translation>Mes signaux d'alerte</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>Ce qui m'aide</translation>
        </message>
        <message>
            <source>People I can reach</source>
            <translation>Les personnes que je peux joindre</translation>
        </message>
        <message>
            <source>My boundaries</source>
            <translation>Mes limites</translation>
        </message>
        <message>
            <source>What keeps me going</source>
            <translation>Ce qui me fait tenir</translation>
        </message>
        <message>
            <source>Your plan is empty for now. Writing down what helps, on a calm day, makes it easier to find on a hard one.</source>
            <translation>Votre plan est vide pour l'instant. Noter ce qui vous aide, un jour calme, le rend plus facile à retrouver un jour difficile.</translation>
        </message>
        <message>
            <source>Open my &amp;plan</source>
            <translation>Ouvrir mon &amp;plan</translation>
        </message>
        <message>
            <source>Open my self-care plan</source>
            <translation>Ouvrir mon plan pour prendre soin de moi</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>Mon plan pour prendre soin de moi</translation>
        </message>
    </context>
    <context>
        <name>PublicLines</name>
        <message>
            <source>{hours} · from {source}, seen {date} · check before relying on it</source>
            <translation>{hours} · d'après {source}, vu le {date} · à vérifier avant de s'y fier</translation>
        </message>
    </context>
    <context>
        <name>PublicLinesDialog</name>
        <message>
            <source>Need help now?</source>
            <translation>Besoin d'aide maintenant ?</translation>
        </message>
        <message>
            <source>These public lines answer at any hour. Enter copies the number you choose. Your own people stay inside your vault: unlock it to see them.</source>
            <translation>Ces lignes publiques répondent à toute heure. Enter copie le numéro choisi. Vos proches restent dans votre coffre-fort : déverrouillez-le pour les voir.</translation>
        </message>
        <message>
            <source>Public lines that answer at any hour</source>
            <translation>Lignes publiques qui répondent à toute heure</translation>
        </message>
        <message>
            <source>Close Need help now</source>
            <translation>Fermer « Besoin d'aide maintenant ? »</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>RatingInput</name>
        <message>
            <source>Your rating, from 0 to 10</source>
            <translation>Votre évaluation, de 0 à 10</translation>
        </message>
        <message>
            <source>Type a number, or use the arrow keys. Choosing nothing is fine too.</source>
            <translation>Saisissez un chiffre, ou utilisez les flèches. Ne rien choisir, c'est bien aussi.</translation>
        </message>
    </context>
    <context>
        <name>ReachPicker</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Copy the chosen number or address</source>
            <translation>Copier le numéro ou l'adresse choisis</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>Aucun numéro enregistré</translation>
        </message>
        <message>
            <source>There is no number or address saved for {name}.</source>
            <translation>Aucun numéro ni aucune adresse enregistrés pour {name}.</translation>
        </message>
        <message numerus="yes">
            <source>Copied {value}. It is taken off the clipboard after %n seconds.</source>
            <translation>
                <numerusform>{value} copié. Il sera retiré du presse-papiers dans %n seconde.</numerusform>
                <numerusform>{value} copié. Il sera retiré du presse-papiers dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ways to reach them</source>
            <translation>Moyens de les joindre</translation>
        </message>
        <message>
            <source>Ways to reach {name}</source>
            <translation>Moyens de joindre {name}</translation>
        </message>
    </context>
    <context>
        <name>ReachSomeoneDialog</name>
        <message>
            <source>Reach someone now</source>
            <translation>Parler à quelqu'un maintenant</translation>
        </message>
        <message>
            <source>Your people come first. Enter copies the number of the one you choose; Tab shows their other ways to reach them.</source>
            <translation>Vos proches apparaissent en premier. Enter copie le numéro de la personne choisie ; Tab affiche ses autres moyens de contact.</translation>
        </message>
        <message>
            <source>People and lines you can reach</source>
            <translation>Personnes et lignes que vous pouvez joindre</translation>
        </message>
        <message>
            <source>Close Reach someone now</source>
            <translation>Fermer « Parler à quelqu'un maintenant »</translation>
        </message>
        <message>
            <source>You have not added your own people for an emergency yet. The ones below come from your directory.</source>
            <translation>Vous n'avez pas encore ajouté vos propres proches pour les urgences. Les contacts ci-dessous viennent de votre annuaire.</translation>
        </message>
        <message>
            <source>&amp;Open in directory</source>
            <translation>&amp;Ouvrir dans l'annuaire</translation>
        </message>
        <message>
            <source>&amp;My emergency people…</source>
            <translation>&amp;Mes proches en cas d'urgence…</translation>
        </message>
        <message>
            <source>There is no one here yet. Add the people and numbers you would call in an emergency, so they are here offline when you need them.</source>
            <translation>Il n'y a encore personne ici. Ajoutez les personnes et les numéros que vous appelleriez en cas d'urgence, pour les avoir ici hors ligne quand vous en aurez besoin.</translation>
        </message>
        <message>
            <source>Security contact</source>
            <translation>Contact sécurité</translation>
        </message>
        <message>
            <source>A local number you trust</source>
            <translation>Un numéro local de confiance</translation>
        </message>
        <message>
            <source>Would look after the people who depend on you</source>
            <translation>S’occuperait des personnes qui dépendent de vous</translation>
        </message>
        <message>
            <source>Your person for an emergency</source>
            <translation>Votre proche en cas d'urgence</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favori</translation>
        </message>
    </context>
    <context>
        <name>ReachWindow</name>
        <message>
            <source>&amp;Breathe and ground</source>
            <translation>&amp;Respirer et s'ancrer</translation>
        </message>
        <message>
            <source>Breathe and ground</source>
            <translation>Respirer et s'ancrer</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Fermer</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Your recovery code</source>
            <translation>Votre code de récupération</translation>
        </message>
        <message>
            <source>Recovery code: {code}</source>
            <translation>Code de récupération : {code}</translation>
        </message>
        <message>
            <source>Write this code down on paper and keep it somewhere safe, away from this computer. Anyone with it can open your vault. It is shown only this once.</source>
            <translation>Notez ce code sur papier et gardez-le en lieu sûr, loin de cet ordinateur. Toute personne qui l'a peut ouvrir votre coffre-fort. Il n'est affiché que cette fois.</translation>
        </message>
        <message>
            <source>If you forget your passphrase, choose “Forgot passphrase?” on the unlock screen and type this code to set a new one.</source>
            <translation>Si vous oubliez votre phrase secrète, choisissez « Phrase secrète oubliée ? » sur l'écran de déverrouillage et saisissez ce code pour en définir une nouvelle.</translation>
        </message>
        <message>
            <source>The code you had before no longer opens this vault.</source>
            <translation>Le code que vous aviez avant n'ouvre plus ce coffre-fort.</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>Je l'ai &amp;noté</translation>
        </message>
        <message>
            <source>I have written it down: hide the code</source>
            <translation>Je l'ai noté : masquer le code</translation>
        </message>
    </context>
    <context>
        <name>RecoveryOfferDialog</name>
        <message>
            <source>A way back in</source>
            <translation>Un moyen de revenir</translation>
        </message>
        <message>
            <source>If you ever forget your passphrase, a recovery code lets you set a new one. It is a line of letters and numbers to write down and keep somewhere safe. Anyone who has it can open your vault, so you may prefer not to have one.</source>
            <translation>Si vous oubliez un jour votre phrase secrète, un code de récupération vous permet d'en définir une nouvelle. C'est une ligne de lettres et de chiffres à noter et à garder en lieu sûr. Toute personne qui l'a peut ouvrir votre coffre-fort : vous préférerez peut-être ne pas en avoir.</translation>
        </message>
        <message>
            <source>You can add one later in Settings, under “Your vault”.</source>
            <translation>Vous pourrez en ajouter un plus tard dans Paramètres, sous « Votre coffre-fort ».</translation>
        </message>
        <message>
            <source>&amp;Add a recovery code…</source>
            <translation>Ajouter un code de &amp;récupération…</translation>
        </message>
        <message>
            <source>Add a recovery code</source>
            <translation>Ajouter un code de récupération</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>Pas &amp;maintenant</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
    </context>
    <context>
        <name>Request</name>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Make your vault again from a backup file. A vault already in that folder is not overwritten: it is kept beside it, with today's date in its name.</source>
            <translation>Recréez votre coffre-fort à partir d'un fichier de sauvegarde. Un coffre-fort déjà présent dans ce dossier n'est pas écrasé : il est conservé à côté, avec la date du jour dans son nom.</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Fichier de sauvegarde</translation>
        </message>
        <message>
            <source>A file ending in .wdbackup</source>
            <translation>Un fichier qui se termine par .wdbackup</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>Choose the backup file</source>
            <translation>Choisir le fichier de sauvegarde</translation>
        </message>
        <message>
            <source>The backup's passphrase</source>
            <translation>Phrase secrète de la sauvegarde</translation>
        </message>
        <message>
            <source>The passphrase the vault had when the backup was made.</source>
            <translation>La phrase secrète qu'avait le coffre-fort quand la sauvegarde a été faite.</translation>
        </message>
        <message>
            <source>Restore to this folder</source>
            <translation>Restaurer dans ce dossier</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>Choose where to restore</source>
            <translation>Choisir où restaurer</translation>
        </message>
        <message>
            <source>Restoring… this takes a moment.</source>
            <translation>Restauration… cela prend un moment.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restaurer la sauvegarde</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Restore to</source>
            <translation>Restaurer dans</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Choisissez un fichier de sauvegarde</translation>
        </message>
        <message>
            <source>Wellbeing Desk backups (*.wdbackup);;All files (*)</source>
            <translation>Sauvegardes Wellbeing Desk (*.wdbackup);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>RestoreLink</name>
        <message>
            <source>Restore a &amp;backup…</source>
            <translation>Restaurer une &amp;sauvegarde…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Make your vault again from a backup file</source>
            <translation>Recréer votre coffre-fort à partir d'un fichier de sauvegarde</translation>
        </message>
    </context>
    <context>
        <name>RestoredMessage</name>
        <message>
            <source>The backup was restored. Unlock it with the backup's passphrase.</source>
            <translation>La sauvegarde a été restaurée. Déverrouillez-la avec la phrase secrète de la sauvegarde.</translation>
        </message>
        <message>
            <source>The backup was restored to {folder}.</source>
            <translation>La sauvegarde a été restaurée dans {folder}.</translation>
        </message>
        <message>
            <source>The vault that was there is kept at {folder}.</source>
            <translation>Le coffre-fort qui s'y trouvait est conservé dans {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ScaleInput</name>
        <message>
            <source>Nothing chosen yet. {scale}</source>
            <translation>Rien de choisi pour l'instant. {scale}</translation>
        </message>
    </context>
    <context>
        <name>Scales</name>
        <message>
            <source>Stress, from 0 to 10</source>
            <translation>Stress, de 0 à 10</translation>
        </message>
        <message>
            <source>0 calm</source>
            <translation>0 calme</translation>
        </message>
        <message>
            <source>10 the most stressed I have felt</source>
            <translation>10 le stress le plus fort que j'aie ressenti</translation>
        </message>
        <message>
            <source>Mood, from 1 to 5</source>
            <translation>Humeur, de 1 à 5</translation>
        </message>
        <message>
            <source>1 very low</source>
            <translation>1 très basse</translation>
        </message>
        <message>
            <source>5 very good</source>
            <translation>5 très bonne</translation>
        </message>
        <message>
            <source>Energy, from 1 to 5</source>
            <translation>Énergie, de 1 à 5</translation>
        </message>
        <message>
            <source>1 drained</source>
            <translation>1 sans énergie</translation>
        </message>
        <message>
            <source>5 full of energy</source>
            <translation>5 beaucoup d'énergie</translation>
        </message>
    </context>
    <context>
        <name>SearchPalette</name>
        <message>
            <source>Search everywhere</source>
            <translation>Rechercher partout</translation>
        </message>
        <message>
            <source>Search your journal, debriefs, directory and notes</source>
            <translation>Rechercher dans votre journal, vos bilans, votre annuaire et vos notes</translation>
        </message>
        <message>
            <source>Up and Down choose a result, Enter opens it, Esc closes.</source>
            <translation>Haut et Bas choisissent un résultat, Enter l'ouvre, Esc ferme.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>Results, grouped by section</source>
            <translation>Résultats, groupés par section</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or fewer of them.</source>
            <translation>Aucun résultat. Essayez d'autres mots, ou moins de mots.</translation>
        </message>
        <message>
            <source>Type to search your journal, debriefs, directory and notes.</source>
            <translation>Tapez pour rechercher dans votre journal, vos bilans, votre annuaire et vos notes.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultModel</name>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Debriefs</source>
            <translation>Bilans</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Annuaire</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
    </context>
    <context>
        <name>SensesPage</name>
        <message>
            <source>One sense at a time. Name things to yourself, or type a word if it helps. Nothing you type here is saved, and it is gone when you close this window.</source>
            <translation>Un sens à la fois. Nommez les choses pour vous-même, ou tapez un mot si cela aide. Rien de ce que vous tapez ici n'est enregistré, et tout disparaît quand vous fermez cette fenêtre.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <source>Go back one step</source>
            <translation>Revenir d'une étape</translation>
        </message>
        <message>
            <source>Start &amp;again</source>
            <translation>&amp;Recommencer</translation>
        </message>
        <message>
            <source>Start the exercise again</source>
            <translation>Recommencer l'exercice</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <source>Finish the exercise</source>
            <translation>Terminer l'exercice</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>Go to the next step</source>
            <translation>Passer à l'étape suivante</translation>
        </message>
        <message>
            <source>Step {number} of {total}</source>
            <translation>Étape {number} sur {total}</translation>
        </message>
        <message>
            <source>Here and now</source>
            <translation>Ici et maintenant</translation>
        </message>
        <message>
            <source>Take one more slow breath. Notice how you feel now, without judging it. Whatever you typed is already gone.</source>
            <translation>Prenez encore une respiration lente. Remarquez comment vous vous sentez maintenant, sans juger. Ce que vous avez tapé a déjà disparu.</translation>
        </message>
        <message>
            <source>You can come back to this exercise at any time with {keys}.</source>
            <translation>Vous pouvez revenir à cet exercice à tout moment avec {keys}.</translation>
        </message>
        <message>
            <source>Five things you can see</source>
            <translation>Cinq choses que vous pouvez voir</translation>
        </message>
        <message>
            <source>Four things you can touch</source>
            <translation>Quatre choses que vous pouvez toucher</translation>
        </message>
        <message>
            <source>Three things you can hear</source>
            <translation>Trois choses que vous pouvez entendre</translation>
        </message>
        <message>
            <source>Two things you can smell</source>
            <translation>Deux choses que vous pouvez sentir</translation>
        </message>
        <message>
            <source>One thing you can taste</source>
            <translation>Une chose que vous pouvez goûter</translation>
        </message>
        <message>
            <source>Look around slowly. Notice five things you can see: a colour, a shape, the light on a wall.</source>
            <translation>Regardez lentement autour de vous. Remarquez cinq choses que vous pouvez voir : une couleur, une forme, la lumière sur un mur.</translation>
        </message>
        <message>
            <source>Notice four things you can feel: your feet on the floor, the chair holding you, the air on your skin, the cloth of your sleeve.</source>
            <translation>Remarquez quatre choses que vous pouvez sentir au toucher : vos pieds sur le sol, la chaise qui vous porte, l'air sur votre peau, le tissu de votre manche.</translation>
        </message>
        <message>
            <source>Listen for three sounds, near or far. Your own breathing counts too.</source>
            <translation>Écoutez trois sons, proches ou lointains. Votre propre respiration compte aussi.</translation>
        </message>
        <message>
            <source>Find two things you can smell. If nothing comes, bring to mind two smells you like.</source>
            <translation>Trouvez deux choses que vous pouvez sentir. Si rien ne vient, pensez à deux odeurs que vous aimez.</translation>
        </message>
        <message>
            <source>Notice one thing you can taste, or take a sip of water and notice that.</source>
            <translation>Remarquez un goût que vous percevez, ou buvez une gorgée d'eau et remarquez-la.</translation>
        </message>
        <message>
            <source>Something you can see, {number} of {total}</source>
            <translation>Une chose que vous pouvez voir, {number} sur {total}</translation>
        </message>
        <message>
            <source>Something you can touch, {number} of {total}</source>
            <translation>Une chose que vous pouvez toucher, {number} sur {total}</translation>
        </message>
        <message>
            <source>Something you can hear, {number} of {total}</source>
            <translation>Une chose que vous pouvez entendre, {number} sur {total}</translation>
        </message>
        <message>
            <source>Something you can smell, {number} of {total}</source>
            <translation>Une chose que vous pouvez sentir, {number} sur {total}</translation>
        </message>
        <message>
            <source>Something you can taste</source>
            <translation>Une chose que vous pouvez goûter</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Lock automatically after</source>
            <translation>Verrouiller automatiquement après</translation>
        </message>
        <message>
            <source>Lock when the window is minimised</source>
            <translation>Verrouiller quand la fenêtre est réduite</translation>
        </message>
        <message>
            <source>Call the window “Notes”, not “Wellbeing Desk”</source>
            <translation>Nommer la fenêtre « Notes », et non « Wellbeing Desk »</translation>
        </message>
        <message>
            <source>The title shows in the task bar and window switcher, even while locked.</source>
            <translation>Le titre apparaît dans la barre des tâches et le sélecteur de fenêtres, même quand l'application est verrouillée.</translation>
        </message>
        <message>
            <source>Counted from your last key press or click in Wellbeing Desk. The vault also locks when your screen locks or the computer sleeps.</source>
            <translation>Compté à partir de votre dernière frappe ou de votre dernier clic dans Wellbeing Desk. Le coffre-fort se verrouille aussi quand l'écran se verrouille ou que l'ordinateur se met en veille.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>The new language is used the next time you start Wellbeing Desk.</source>
            <translation>La nouvelle langue sera utilisée au prochain démarrage de Wellbeing Desk.</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Réduire les animations</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Toujours</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>With less motion, the breathing guide shows still steps and a count instead of a growing circle.</source>
            <translation>Avec moins d'animations, le guide de respiration affiche des étapes fixes et un décompte au lieu d'un cercle qui grandit.</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Verrouillage</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibilité</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 minute</translation>
        </message>
        <message>
            <source>2 minutes</source>
            <translation>2 minutes</translation>
        </message>
        <message>
            <source>5 minutes</source>
            <translation>5 minutes</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>10 minutes</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 minutes</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minutes</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 heure</translation>
        </message>
        <message>
            <source>Turning off automatic locking needs your passphrase.</source>
            <translation>Désactiver le verrouillage automatique demande votre phrase secrète.</translation>
        </message>
    </context>
    <context>
        <name>ShareWithTeamDialog</name>
        <message>
            <source>Share with a team</source>
            <translation>Partager avec une équipe</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>É&amp;quipe :</translation>
        </message>
        <message>
            <source>The team to share a copy with</source>
            <translation>L'équipe avec qui partager une copie</translation>
        </message>
        <message>
            <source>&amp;Share a copy</source>
            <translation>&amp;Partager une copie</translation>
        </message>
        <message>
            <source>Cancel: share nothing</source>
            <translation>Annuler : ne rien partager</translation>
        </message>
        <message>
            <source>Share a copy of “{entry}” with the team “{team}”? Everyone in the team will see it and can change it; it goes at the team's next sync. Your own entry stays as it is, and your notes on it are not shared.</source>
            <translation>Partager une copie de « {entry} » avec l'équipe « {team} » ? Toute l'équipe pourra la voir et la modifier ; elle part à la prochaine synchronisation de l'équipe. Votre entrée reste telle quelle, et vos notes à son sujet ne sont pas partagées.</translation>
        </message>
        <message>
            <source>Share a copy with the team “{team}”</source>
            <translation>Partager une copie avec l'équipe « {team} »</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation>Solidité de la phrase secrète</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n characters. A few words only you know work well.</source>
            <translation>
                <numerusform>Trop courte : utilisez au moins %n caractère. Quelques mots que personne d'autre ne connaît fonctionnent bien.</numerusform>
                <numerusform>Trop courte : utilisez au moins %n caractères. Quelques mots que personne d'autre ne connaît fonctionnent bien.</numerusform>
            </translation>
        </message>
        <message>
            <source>Very weak: this would be guessed almost at once.</source>
            <translation>Très faible : elle serait devinée presque aussitôt.</translation>
        </message>
        <message>
            <source>Weak: this could be guessed quickly.</source>
            <translation>Faible : elle pourrait être devinée rapidement.</translation>
        </message>
        <message>
            <source>Fair, but still guessable. A few more words would help.</source>
            <translation>Moyenne, mais encore devinable. Quelques mots de plus aideraient.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Solide.</translation>
        </message>
        <message>
            <source>Very strong.</source>
            <translation>Très solide.</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Your summary</source>
            <translation>Votre résumé</translation>
        </message>
        <message>
            <source>It is kept, encrypted, with your debriefs. Nothing leaves this computer unless you export it.</source>
            <translation>Il est conservé, chiffré, avec vos bilans. Rien ne quitte cet ordinateur sauf si vous l'exportez.</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Actions de suivi</translation>
        </message>
        <message>
            <source>When they are due, they show on your Today page.</source>
            <translation>Le jour venu, ils apparaissent sur votre page Aujourd'hui.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Export this summary as a Markdown or PDF file</source>
            <translation>Exporter ce résumé en fichier Markdown ou PDF</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;Conserver</translation>
        </message>
        <message>
            <source>Keep it and go back to your debriefs</source>
            <translation>Le conserver et revenir à vos bilans</translation>
        </message>
        <message>
            <source>&amp;Change answers</source>
            <translation>&amp;Modifier les réponses</translation>
        </message>
        <message>
            <source>Open this debrief again to change or add to your answers</source>
            <translation>Rouvrir ce bilan pour modifier ou compléter vos réponses</translation>
        </message>
        <message>
            <source>{title} · {date}</source>
            <translation>{title} · {date}</translation>
        </message>
        <message>
            <source>{title} · started {start}, finished {end}</source>
            <translation>{title} · commencé le {start}, terminé le {end}</translation>
        </message>
        <message>
            <source>You did not write anything down this time, and that is fine.</source>
            <translation>Vous n'avez rien noté cette fois, et c'est très bien ainsi.</translation>
        </message>
        <message>
            <source>{action} — by {date}</source>
            <translation>{action} — d'ici le {date}</translation>
        </message>
    </context>
    <context>
        <name>SupportPanel</name>
        <message>
            <source>Support</source>
            <translation>Soutien</translation>
        </message>
        <message>
            <source>If you are thinking about hurting yourself, please reach one of your people now, or a local crisis line.</source>
            <translation>Si vous pensez à vous faire du mal, contactez dès maintenant l'un de vos proches, ou une ligne de crise locale.</translation>
        </message>
        <message>
            <source>T&amp;ry a breathing or grounding exercise</source>
            <translation>Essa&amp;yer un exercice de respiration ou d'ancrage</translation>
        </message>
        <message>
            <source>Try a breathing or grounding exercise</source>
            <translation>Essayer un exercice de respiration ou d'ancrage</translation>
        </message>
        <message>
            <source>St&amp;op for today</source>
            <translation>Arrê&amp;ter pour aujourd'hui</translation>
        </message>
        <message>
            <source>Stop for today: your debrief is kept and you can come back to it</source>
            <translation>Arrêter pour aujourd'hui : votre bilan est conservé et vous pourrez y revenir</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <source>Continue the debrief</source>
            <translation>Continuer le bilan</translation>
        </message>
        <message>
            <source>Reach someone</source>
            <translation>Parler à quelqu'un</translation>
        </message>
        <message>
            <source>These come from the starter directory. On a calm day, add the people and numbers you would call in an emergency.</source>
            <translation>Ces contacts viennent de l'annuaire de départ. Un jour calme, ajoutez les personnes et les numéros que vous appelleriez en cas d'urgence.</translation>
        </message>
        <message>
            <source>&amp;See support in your directory</source>
            <translation>Voir le soutien &amp;dans votre annuaire</translation>
        </message>
        <message>
            <source>See counselling, trauma care, peer support and helplines in your directory</source>
            <translation>Voir l'accompagnement psychologique, les soins en psychotraumatologie, le soutien entre pairs et les lignes d'écoute dans votre annuaire</translation>
        </message>
        <message>
            <source>F&amp;inish</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <source>Finish the debrief</source>
            <translation>Terminer le bilan</translation>
        </message>
        <message>
            <source>Your safety comes first.</source>
            <translation>Votre sécurité passe en premier.</translation>
        </message>
        <message>
            <source>If you are not safe, you can stop here. Go somewhere safer, or reach someone you trust who can help. If someone could see your screen, {keys} locks and hides Wellbeing Desk at once. Your debrief is kept for when you are ready.</source>
            <translation>Si vous n'êtes pas en sécurité, vous pouvez vous arrêter ici. Allez dans un endroit plus sûr, ou contactez quelqu'un de confiance qui peut vous aider. Si quelqu'un peut voir votre écran, {keys} verrouille et masque Wellbeing Desk immédiatement. Votre bilan est conservé pour plus tard, quand vous le voudrez.</translation>
        </message>
        <message>
            <source>Your distress went up.</source>
            <translation>Votre mal-être a augmenté.</translation>
        </message>
        <message>
            <source>It went from {before} to {after}. That can happen after thinking about hard things, and it is all right. Be gentle with yourself. Would one of these help?</source>
            <translation>Elle est passée de {before} à {after}. Cela peut arriver après avoir pensé à des choses difficiles, et c'est normal. Accordez-vous de la douceur. L'une de ces options vous aiderait-elle ?</translation>
        </message>
        <message>
            <source>That is a lot to carry right now.</source>
            <translation>C'est beaucoup à porter en ce moment.</translation>
        </message>
        <message>
            <source>At the end you rated your distress {rating} out of 10. Your answers are kept. Before you close this, would one of these help?</source>
            <translation>À la fin, vous avez évalué votre mal-être à {rating} sur 10. Vos réponses sont conservées. Avant de fermer, l'une de ces options vous aiderait-elle ?</translation>
        </message>
        <message>
            <source>That sounds like a lot right now.</source>
            <translation>Cela semble beaucoup en ce moment.</translation>
        </message>
        <message>
            <source>You rated your distress {rating} out of 10. You do not have to go on: you can stop for today and come back later, or continue when you feel ready. Would one of these help?</source>
            <translation>Vous avez évalué votre mal-être à {rating} sur 10. Rien ne vous oblige à continuer : vous pouvez arrêter pour aujourd'hui et revenir plus tard, ou continuer quand vous le souhaitez. L'une de ces options vous aiderait-elle ?</translation>
        </message>
        <message>
            <source>{name} · {organisation}</source>
            <translation>{name} · {organisation}</translation>
        </message>
        <message>
            <source>{name} · {way}</source>
            <translation>{name} · {way}</translation>
        </message>
        <message>
            <source>Open {name} in the directory</source>
            <translation>Ouvrir {name} dans l'annuaire</translation>
        </message>
    </context>
    <context>
        <name>SyncOffCard</name>
        <message>
            <source>Sync is optional, and it is off for this vault. Nothing leaves this computer unless you set it up.</source>
            <translation>La synchronisation est facultative, et elle est désactivée pour ce coffre-fort. Rien ne quitte cet ordinateur tant que vous ne la configurez pas.</translation>
        </message>
        <message>
            <source>With sync, two of your vaults (on a laptop and a desktop, say) share their records through a place you choose: a folder such as a USB stick or a shared folder, or a WebDAV server such as Nextcloud. Everything is encrypted before it is written there.</source>
            <translation>Avec la synchronisation, deux de vos coffres-forts (sur un portable et un ordinateur de bureau, par exemple) partagent leurs données par un lieu que vous choisissez : un dossier, comme une clé USB ou un dossier partagé, ou un serveur WebDAV comme Nextcloud. Tout est chiffré avant d'y être écrit.</translation>
        </message>
        <message>
            <source>Set it up on one device: it gives you a pairing code. Then, on the other device, join through the same place with that code.</source>
            <translation>Configurez-la sur un appareil : il vous donne un code d'appairage. Puis, sur l'autre appareil, rejoignez-la par le même lieu avec ce code.</translation>
        </message>
        <message>
            <source>Set &amp;up sync…</source>
            <translation>&amp;Configurer la synchronisation…</translation>
        </message>
        <message>
            <source>Set up sync through the place chosen above</source>
            <translation>Configurer la synchronisation par le lieu choisi ci-dessus</translation>
        </message>
        <message>
            <source>&amp;Join another device's sync…</source>
            <translation>&amp;Rejoindre la synchronisation d'un autre appareil…</translation>
        </message>
        <message>
            <source>Join another device's sync</source>
            <translation>Rejoindre la synchronisation d'un autre appareil</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Send this vault's changes and receive the others' ({keys})</source>
            <translation>Envoyer les modifications de ce coffre-fort et recevoir celles des autres ({keys})</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <source>Cancel the sync</source>
            <translation>Annuler la synchronisation</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Synchronisation en cours</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>&amp;Apply anyway</source>
            <translation>Appliquer quand &amp;même</translation>
        </message>
        <message>
            <source>Apply the sync anyway, with its removals</source>
            <translation>Appliquer quand même la synchronisation, avec ses suppressions</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>Vé&amp;rifier…</translation>
        </message>
        <message>
            <source>Review what sync kept aside</source>
            <translation>Vérifier ce que la synchronisation a mis de côté</translation>
        </message>
        <message>
            <source>Show the pairing &amp;code…</source>
            <translation>Afficher le &amp;code d'appairage…</translation>
        </message>
        <message>
            <source>Show the pairing code</source>
            <translation>Afficher le code d'appairage</translation>
        </message>
        <message>
            <source>Lea&amp;ve sync…</source>
            <translation>&amp;Quitter la synchronisation…</translation>
        </message>
        <message>
            <source>Leave sync</source>
            <translation>Quitter la synchronisation</translation>
        </message>
        <message>
            <source>Stopping after this file…</source>
            <translation>Arrêt après ce fichier…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n files</source>
            <translation>
                <numerusform>%n fichier envoyé</numerusform>
                <numerusform>%n fichiers envoyés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, read %n…</source>
            <translation>
                <numerusform>{sent}, %n lu…</numerusform>
                <numerusform>{sent}, %n lus…</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the folder to sync through</source>
            <translation>Choisissez le dossier par lequel synchroniser</translation>
        </message>
        <message>
            <source>Fill in the server address, the user name and the password first.</source>
            <translation>Renseignez d'abord l'adresse du serveur, le nom d'utilisateur et le mot de passe.</translation>
        </message>
        <message>
            <source>Sync is set up. Nothing was sent yet: press “Sync now” when you are ready.</source>
            <translation>La synchronisation est configurée. Rien n'a encore été envoyé : appuyez sur « Synchroniser maintenant » quand vous le souhaitez.</translation>
        </message>
        <message>
            <source>Joined. Press “Sync now” to send what this vault has and receive what your other devices sent.</source>
            <translation>C'est fait. Appuyez sur « Synchroniser maintenant » pour envoyer ce que contient ce coffre-fort et recevoir ce que vos autres appareils ont envoyé.</translation>
        </message>
        <message>
            <source>Type your passphrase to see the pairing code.</source>
            <translation>Saisissez votre phrase secrète pour voir le code d'appairage.</translation>
        </message>
        <message>
            <source>Forget this device?</source>
            <translation>Oublier cet appareil ?</translation>
        </message>
        <message>
            <source>This vault stops reading the sync files of device {device}. That device keeps everything that was synced before, and it can still read the folder with the pairing code. To shut it out, leave sync on your other devices and set up a new sync in a new folder.</source>
            <translation>Ce coffre-fort cesse de lire les fichiers de synchronisation de l'appareil {device}. Cet appareil garde tout ce qui a été synchronisé auparavant, et peut encore lire le dossier avec le code d'appairage. Pour l'exclure, quittez la synchronisation sur vos autres appareils et configurez une nouvelle synchronisation dans un nouveau dossier.</translation>
        </message>
        <message>
            <source>Device {device} is forgotten here.</source>
            <translation>L'appareil {device} est oublié ici.</translation>
        </message>
        <message>
            <source>Leave sync?</source>
            <translation>Quitter la synchronisation ?</translation>
        </message>
        <message>
            <source>This vault stops sending and receiving. Everything stays on this computer; what was already sent stays in the folder for your other devices.</source>
            <translation>Ce coffre-fort cesse d'envoyer et de recevoir. Tout reste sur cet ordinateur ; ce qui a déjà été envoyé reste dans le dossier pour vos autres appareils.</translation>
        </message>
        <message>
            <source>This vault does not sync any more.</source>
            <translation>Ce coffre-fort n'est plus synchronisé.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n changes</source>
            <translation>
                <numerusform>%n modification envoyée</numerusform>
                <numerusform>%n modifications envoyées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, received %n.</source>
            <translation>
                <numerusform>{sent}, %n reçue.</numerusform>
                <numerusform>{sent}, %n reçues.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped. What came in is saved; the rest comes next time.</source>
            <translation>Synchronisation arrêtée. Ce qui est arrivé est enregistré ; le reste viendra la prochaine fois.</translation>
        </message>
        <message numerus="yes">
            <source>%n needs review.</source>
            <translation>
                <numerusform>%n à vérifier.</numerusform>
                <numerusform>%n à vérifier.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused before removing records.</source>
            <translation>En pause avant de supprimer des données.</translation>
        </message>
        <message>
            <source>Another device uses a newer version of Wellbeing Desk: update this one to receive its changes.</source>
            <translation>Un autre appareil utilise une version plus récente de Wellbeing Desk : mettez à jour celui-ci pour recevoir ses modifications.</translation>
        </message>
        <message numerus="yes">
            <source>%n files in the sync place were changed by someone without the key, or are out of order; they were not used, and nothing in them was applied.</source>
            <translation>
                <numerusform>%n fichier du lieu de synchronisation a été modifié par quelqu'un qui n'a pas la clé, ou n'est pas dans l'ordre ; il n'a pas été utilisé, et rien de son contenu n'a été appliqué.</numerusform>
                <numerusform>%n fichiers du lieu de synchronisation ont été modifiés par quelqu'un qui n'a pas la clé, ou ne sont pas dans l'ordre ; ils n'ont pas été utilisés, et rien de leur contenu n'a été appliqué.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files in the sync folder could not be used; nothing in them was applied.</source>
            <translation>
                <numerusform>%n fichier du dossier de synchronisation n'a pas pu être utilisé ; rien de son contenu n'a été appliqué.</numerusform>
                <numerusform>%n fichiers du dossier de synchronisation n'ont pas pu être utilisés ; rien de leur contenu n'a été appliqué.</numerusform>
            </translation>
        </message>
        <message>
            <source>This device's files in the sync place went back to an older copy, so everything here was sent again: nothing is missing.</source>
            <translation>Les fichiers de cet appareil dans le lieu de synchronisation sont revenus à une copie plus ancienne, donc tout a été renvoyé depuis ici : rien ne manque.</translation>
        </message>
        <message numerus="yes">
            <source>Changes from %n devices wait: their clock is days ahead of this one.</source>
            <translation>
                <numerusform>Les modifications de %n appareil attendent : son horloge a plusieurs jours d'avance sur celle-ci.</numerusform>
                <numerusform>Les modifications de %n appareils attendent : leur horloge a plusieurs jours d'avance sur celle-ci.</numerusform>
            </translation>
        </message>
        <message>
            <source>{kind}: {count}</source>
            <translation>{kind} : {count}</translation>
        </message>
        <message numerus="yes">
            <source>This sync would remove %n records from this vault ({counts}): they were deleted for good on another device. That is a lot at once, so nothing was removed yet. Apply the sync anyway?</source>
            <translation>
                <numerusform>Cette synchronisation supprimerait %n élément de ce coffre-fort ({counts}) : il a été supprimé définitivement sur un autre appareil. C'est beaucoup d'un coup, donc rien n'a encore été supprimé. Appliquer quand même la synchronisation ?</numerusform>
                <numerusform>Cette synchronisation supprimerait %n éléments de ce coffre-fort ({counts}) : ils ont été supprimés définitivement sur un autre appareil. C'est beaucoup d'un coup, donc rien n'a encore été supprimé. Appliquer quand même la synchronisation ?</numerusform>
            </translation>
        </message>
        <message>
            <source>journal entries</source>
            <translation>entrées du journal</translation>
        </message>
        <message>
            <source>self-care list items</source>
            <translation>éléments des listes pour prendre soin de soi</translation>
        </message>
        <message>
            <source>self-care plan sections</source>
            <translation>sections du plan pour prendre soin de soi</translation>
        </message>
        <message>
            <source>directory entries</source>
            <translation>entrées de l'annuaire</translation>
        </message>
        <message>
            <source>debriefs</source>
            <translation>bilans</translation>
        </message>
        <message>
            <source>debrief templates</source>
            <translation>modèles de bilan</translation>
        </message>
        <message>
            <source>follow-ups</source>
            <translation>suivis</translation>
        </message>
        <message>
            <source>dialogue notes</source>
            <translation>notes d'échanges</translation>
        </message>
        <message>
            <source>note contexts</source>
            <translation>contextes de notes</translation>
        </message>
        <message>
            <source>emergency contacts</source>
            <translation>contacts d'urgence</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>paramètres</translation>
        </message>
        <message>
            <source>The sync folder is not there. Is the drive connected? Nothing was sent or received.</source>
            <translation>Le dossier de synchronisation est introuvable. Le support est-il branché ? Rien n'a été envoyé ni reçu.</translation>
        </message>
        <message>
            <source>Sync could not finish: something in the sync folder could not be read. Nothing in this vault was lost; you can try again.</source>
            <translation>La synchronisation n'a pas pu aboutir : un élément du dossier de synchronisation n'a pas pu être lu. Rien n'a été perdu dans ce coffre-fort ; vous pouvez réessayer.</translation>
        </message>
        <message>
            <source>Sync could not read or write the sync folder. Check that it is there and that you are allowed to write to it.</source>
            <translation>La synchronisation n'a pas pu lire ou écrire dans le dossier de synchronisation. Vérifiez qu'il existe et que vous avez le droit d'y écrire.</translation>
        </message>
        <message>
            <source>There is no sync on that server yet. Fill in the server your other device syncs through, or set up sync there first. Nothing was changed.</source>
            <translation>Il n'y a pas encore de synchronisation sur ce serveur. Renseignez le serveur par lequel votre autre appareil se synchronise, ou configurez d'abord la synchronisation là-bas. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>That code does not open the sync on that server. Check that it is the code your other device showed. Nothing was changed.</source>
            <translation>Ce code n'ouvre pas la synchronisation de ce serveur. Vérifiez que c'est bien le code affiché par votre autre appareil. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>That code has a typo: check each group against the code your other device shows. Nothing was changed.</source>
            <translation>Ce code contient une faute de frappe : comparez chaque groupe au code affiché par votre autre appareil. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>That code does not open the sync in this folder. Check that it is the code your other device showed for this folder. Nothing was changed.</source>
            <translation>Ce code n'ouvre pas la synchronisation de ce dossier. Vérifiez que c'est bien le code que votre autre appareil a affiché pour ce dossier. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>There is no sync in that folder yet. Choose the folder your other device syncs through, or set up sync there first. Nothing was changed.</source>
            <translation>Il n'y a pas encore de synchronisation dans ce dossier. Choisissez le dossier par lequel votre autre appareil se synchronise, ou configurez d'abord la synchronisation là-bas. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>That folder is not there. Is the drive connected? Nothing was changed.</source>
            <translation>Ce dossier est introuvable. Le support est-il branché ? Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>That sync was set up by a newer version of Wellbeing Desk. Update this one, then try again. Nothing was changed.</source>
            <translation>Cette synchronisation a été configurée par une version plus récente de Wellbeing Desk. Mettez à jour celle-ci, puis réessayez. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This vault already syncs.</source>
            <translation>Ce coffre-fort est déjà synchronisé.</translation>
        </message>
        <message>
            <source>That folder cannot be used for sync: files could not be written and read back there safely (is it write-protected, or full?). Nothing was changed.</source>
            <translation>Ce dossier ne peut pas servir à la synchronisation : impossible d'y écrire puis relire des fichiers en toute sécurité (est-il protégé en écriture, ou plein ?). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Something in that folder could not be read. Nothing was changed; you can try again.</source>
            <translation>Un élément de ce dossier n'a pas pu être lu. Rien n'a été modifié ; vous pouvez réessayer.</translation>
        </message>
        <message>
            <source>That folder could not be used. Check that it is there and that you are allowed to write to it. Nothing was changed.</source>
            <translation>Ce dossier n'a pas pu être utilisé. Vérifiez qu'il existe et que vous avez le droit d'y écrire. Rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>SyncReviewDialog</name>
        <message>
            <source>Changes to look at</source>
            <translation>Changements à vérifier</translation>
        </message>
        <message>
            <source>When sync could not tell which change you wanted, it kept everything and put it here. Take your time: nothing is lost while it waits.</source>
            <translation>Quand la synchronisation n'a pas pu savoir quelle modification vous vouliez, elle a tout gardé et l'a mis ici. Prenez votre temps : rien ne se perd en attendant.</translation>
        </message>
        <message>
            <source>&amp;To look at</source>
            <translation>À &amp;vérifier</translation>
        </message>
        <message>
            <source>Nothing needs your attention</source>
            <translation>Rien ne demande votre attention</translation>
        </message>
        <message>
            <source>Everything sync kept for you to look at has been taken care of.</source>
            <translation>Tout ce que la synchronisation avait gardé pour vous a été traité.</translation>
        </message>
        <message>
            <source>Close the changes to look at</source>
            <translation>Fermer les changements à vérifier</translation>
        </message>
        <message numerus="yes">
            <source>%n to look at</source>
            <translation>
                <numerusform>%n à vérifier</numerusform>
                <numerusform>%n à vérifier</numerusform>
            </translation>
        </message>
        <message>
            <source>That one was already taken care of.</source>
            <translation>Celui-ci a déjà été traité.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>Noted {when}</source>
            <translation>Noté le {when}</translation>
        </message>
        <message>
            <source>kept after a deletion</source>
            <translation>conservé après une suppression</translation>
        </message>
        <message>
            <source>two versions</source>
            <translation>deux versions</translation>
        </message>
        <message>
            <source>{kind} · {reason} · {when}</source>
            <translation>{kind} · {reason} · {when}</translation>
        </message>
        <message>
            <source>{title}: {kind}, {reason}, noted {when}</source>
            <translation>{title} : {kind}, {reason}, noté le {when}</translation>
        </message>
        <message>
            <source>Journal entry</source>
            <translation>Entrée du journal</translation>
        </message>
        <message>
            <source>Self-care list item</source>
            <translation>Élément des listes pour prendre soin de soi</translation>
        </message>
        <message>
            <source>Self-care plan section</source>
            <translation>Section du plan pour prendre soin de soi</translation>
        </message>
        <message>
            <source>Directory entry</source>
            <translation>Entrée de l'annuaire</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>Debrief template</source>
            <translation>Modèle de bilan</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Dialogue note</source>
            <translation>Note d'échange</translation>
        </message>
        <message>
            <source>Note context</source>
            <translation>Contexte de notes</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contact d'urgence</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Paramètre</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusCard</name>
        <message>
            <source>Sync folder</source>
            <translation>Dossier de synchronisation</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>Cet appareil</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Dernière synchronisation</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>En attente d'envoi</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n modification</numerusform>
                <numerusform>%n modifications</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>Rien</translation>
        </message>
        <message numerus="yes">
            <source>%n items: copies kept from a conflict, or records brought back. Review them with “Review…” below.</source>
            <translation>
                <numerusform>%n élément : copies conservées après un conflit, ou données récupérées. Vérifiez-les avec « Vérifier… » ci-dessous.</numerusform>
                <numerusform>%n éléments : copies conservées après un conflit, ou données récupérées. Vérifiez-les avec « Vérifier… » ci-dessous.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagsInput</name>
        <message>
            <source>Tags of this note</source>
            <translation>Étiquettes de cette note</translation>
        </message>
        <message>
            <source>Add a tag, then Enter</source>
            <translation>Ajoutez une étiquette, puis Enter</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>Ajouter une étiquette</translation>
        </message>
        <message>
            <source>Clear the tag</source>
            <translation>Effacer l'étiquette</translation>
        </message>
        <message>
            <source>Remove the tag “{tag}”</source>
            <translation>Retirer l'étiquette « {tag} »</translation>
        </message>
    </context>
    <context>
        <name>TakeawaysInput</name>
        <message>
            <source>Add a &amp;takeaway</source>
            <translation>Ajouter un &amp;point essentiel</translation>
        </message>
        <message>
            <source>Add another key takeaway</source>
            <translation>Ajouter un autre point essentiel</translation>
        </message>
        <message>
            <source>Something to remember</source>
            <translation>Une chose à retenir</translation>
        </message>
        <message>
            <source>Takeaway {number}</source>
            <translation>Point {number}</translation>
        </message>
        <message>
            <source>Move takeaway {number} up</source>
            <translation>Monter le point {number}</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>Monter (Ctrl+Haut)</translation>
        </message>
        <message>
            <source>Move takeaway {number} down</source>
            <translation>Descendre le point {number}</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>Descendre (Ctrl+Bas)</translation>
        </message>
        <message>
            <source>Remove takeaway {number}</source>
            <translation>Retirer le point {number}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>TeamCard</name>
        <message>
            <source>Sync team</source>
            <translation>Synchroniser l'équipe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Apply anyway</source>
            <translation>Appliquer quand même</translation>
        </message>
        <message>
            <source>Members…</source>
            <translation>Membres…</translation>
        </message>
        <message numerus="yes">
            <source>%n members</source>
            <translation>
                <numerusform>%n membre</numerusform>
                <numerusform>%n membres</numerusform>
            </translation>
        </message>
        <message>
            <source>You created it</source>
            <translation>Vous l'avez créée</translation>
        </message>
        <message>
            <source>You are a member</source>
            <translation>Vous en êtes membre</translation>
        </message>
        <message>
            <source>Last synced {when}</source>
            <translation>Dernière synchronisation : {when}</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Pas encore synchronisée</translation>
        </message>
        <message>
            <source>Sync the team {team}</source>
            <translation>Synchroniser l'équipe {team}</translation>
        </message>
        <message>
            <source>Members of the team {team}</source>
            <translation>Membres de l'équipe {team}</translation>
        </message>
        <message>
            <source>Cancel the team sync</source>
            <translation>Annuler la synchronisation de l'équipe</translation>
        </message>
        <message>
            <source>Apply the team sync anyway, with its removals</source>
            <translation>Appliquer quand même la synchronisation de l'équipe, avec ses suppressions</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
    </context>
    <context>
        <name>TeamEntryActions</name>
        <message>
            <source>Shared. Your search or filters hide the team's copy.</source>
            <translation>Partagée. Votre recherche ou vos filtres masquent la copie de l'équipe.</translation>
        </message>
        <message>
            <source>Shared a copy with the team “{team}”; it reaches everyone at the team's next sync. Your own entry stays as it is.</source>
            <translation>Une copie est partagée avec l'équipe « {team} » ; elle parvient à toute l'équipe à sa prochaine synchronisation. Votre entrée reste telle quelle.</translation>
        </message>
        <message>
            <source>Copy kept. Your search or filters hide it.</source>
            <translation>Copie gardée. Votre recherche ou vos filtres la masquent.</translation>
        </message>
        <message>
            <source>Your own copy is in your directory, chosen now (it has no team tag). The team's entry stays as it is.</source>
            <translation>Votre propre copie est dans votre annuaire, sélectionnée (sans l'étiquette d'équipe). L'entrée de l'équipe reste telle quelle.</translation>
        </message>
        <message>
            <source>You are no longer in that team, so nothing was shared.</source>
            <translation>Vous ne faites plus partie de cette équipe : rien n'a été partagé.</translation>
        </message>
    </context>
    <context>
        <name>TeamMembersDialog</name>
        <message>
            <source>Remove {name}?</source>
            <translation>Retirer {name} ?</translation>
        </message>
        <message>
            <source>{name} will not receive anything written in the team from now on. What she already has stays with her: a removed member keeps what she already saw.</source>
            <translation>{name} ne recevra plus rien de ce qui s'écrit dans l'équipe à partir de maintenant. Ce que cette personne a déjà reste chez elle : une personne retirée garde ce qu'elle a déjà vu.</translation>
        </message>
        <message>
            <source>Leave {team}?</source>
            <translation>Quitter {team} ?</translation>
        </message>
        <message>
            <source>The team's entries, and your notes on them, leave your directory on this computer. Copies you kept as your own stay. Nothing is written to the team's folder or server: the team keeps what you shared, and only the person who created it can take you off its members.</source>
            <translation>Les entrées de l'équipe, et vos notes sur elles, quittent votre répertoire sur cet ordinateur. Les copies que vous avez gardées comme les vôtres restent. Rien n'est écrit dans le dossier ni sur le serveur de l'équipe : l'équipe garde ce que vous avez partagé, et seule la personne qui l'a créée peut vous retirer de ses membres.</translation>
        </message>
        <message>
            <source>Any of them among your people for an emergency stays, as a copy of your own.</source>
            <translation>Celles qui figurent parmi vos proches en cas d'urgence restent, copiées comme les vôtres.</translation>
        </message>
        <message>
            <source>You created this team: once you leave, no one can add or remove its members.</source>
            <translation>Vous avez créé cette équipe : une fois partie, personne ne pourra ajouter ni retirer de membres.</translation>
        </message>
        <message>
            <source>Members of {team}</source>
            <translation>Membres de {team}</translation>
        </message>
        <message>
            <source>Team space id</source>
            <translation>Identifiant de l'espace d'équipe</translation>
        </message>
        <message>
            <source>Each person you add types this id, and your fingerprint, to join.</source>
            <translation>Chaque personne que vous ajoutez saisit cet identifiant, et votre empreinte, pour rejoindre l'espace.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>&amp;Add a member…</source>
            <translation>&amp;Ajouter un membre…</translation>
        </message>
        <message>
            <source>Add a member</source>
            <translation>Ajouter un membre</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Retirer…</translation>
        </message>
        <message>
            <source>Remove the chosen member</source>
            <translation>Retirer le membre choisi</translation>
        </message>
        <message>
            <source>Lea&amp;ve this team…</source>
            <translation>&amp;Quitter cette équipe…</translation>
        </message>
        <message>
            <source>Leave the team {team} on this computer</source>
            <translation>Quitter l'équipe {team} sur cet ordinateur</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>{name} is in the team now.</source>
            <translation>{name} fait maintenant partie de l'équipe.</translation>
        </message>
        <message>
            <source>{name} was removed.</source>
            <translation>{name} ne fait plus partie de l'équipe.</translation>
        </message>
        <message>
            <source>{name} (created the team, you)</source>
            <translation>{name} (a créé l'équipe ; vous)</translation>
        </message>
        <message>
            <source>{name} (created the team)</source>
            <translation>{name} (a créé l'équipe)</translation>
        </message>
        <message>
            <source>{name} (you)</source>
            <translation>{name} (vous)</translation>
        </message>
    </context>
    <context>
        <name>TeamPanel</name>
        <message>
            <source>Team spaces</source>
            <translation>Espaces d'équipe</translation>
        </message>
        <message>
            <source>A team space shares the directory entries you choose with the people in your team, through a folder or a server you all use. It is separate from syncing your own devices.</source>
            <translation>Un espace d'équipe partage les entrées de l'annuaire que vous choisissez avec les personnes de votre équipe, par un dossier ou un serveur que toute l'équipe utilise. Il est distinct de la synchronisation de vos propres appareils.</translation>
        </message>
        <message>
            <source>You are not in any team space yet.</source>
            <translation>Vous n'êtes encore dans aucun espace d'équipe.</translation>
        </message>
        <message>
            <source>Be&amp;gin a team space…</source>
            <translation>Créer un &amp;espace d'équipe…</translation>
        </message>
        <message>
            <source>Create a team space</source>
            <translation>Créer un espace d'équipe</translation>
        </message>
        <message>
            <source>Jo&amp;in a team space…</source>
            <translation>Rejo&amp;indre un espace d'équipe…</translation>
        </message>
        <message>
            <source>Join a team space</source>
            <translation>Rejoindre un espace d'équipe</translation>
        </message>
        <message>
            <source>Your member &amp;key…</source>
            <translation>Votre c&amp;lé de membre…</translation>
        </message>
        <message>
            <source>Show your member key</source>
            <translation>Afficher votre clé de membre</translation>
        </message>
        <message>
            <source>Stopping after this file…</source>
            <translation>Arrêt après ce fichier…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n files</source>
            <translation>
                <numerusform>%n fichier envoyé</numerusform>
                <numerusform>%n fichiers envoyés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, read %n…</source>
            <translation>
                <numerusform>{sent}, %n lu…</numerusform>
                <numerusform>{sent}, %n lus…</numerusform>
            </translation>
        </message>
        <message>
            <source>The team space “{team}” is ready. Add each person from “Members…”.</source>
            <translation>L'espace d'équipe « {team} » est prêt. Ajoutez chaque personne depuis « Membres… ».</translation>
        </message>
        <message>
            <source>You joined “{team}”. Press “Sync team” to receive its entries.</source>
            <translation>Vous avez rejoint « {team} ». Appuyez sur « Synchroniser l'équipe » pour recevoir ses entrées.</translation>
        </message>
        <message>
            <source>You left “{team}” on this computer. Its entries left your directory; copies you kept as your own stay.</source>
            <translation>Vous avez quitté « {team} » sur cet ordinateur. Ses entrées ont quitté votre répertoire ; les copies gardées comme les vôtres restent.</translation>
        </message>
    </context>
    <context>
        <name>TeamPlaceDialog</name>
        <message>
            <source>Fill in “{field}” first.</source>
            <translation>Renseignez d'abord « {field} ».</translation>
        </message>
        <message>
            <source>Fill in the server address, the user name and the password first.</source>
            <translation>Renseignez d'abord l'adresse du serveur, le nom d'utilisateur et le mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>TeamSummary</name>
        <message numerus="yes">
            <source>Sent %n changes</source>
            <translation>
                <numerusform>%n modification envoyée</numerusform>
                <numerusform>%n modifications envoyées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, received %n.</source>
            <translation>
                <numerusform>{sent}, %n reçue.</numerusform>
                <numerusform>{sent}, %n reçues.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped. What came in is saved; the rest comes next time.</source>
            <translation>Synchronisation arrêtée. Ce qui est arrivé est enregistré ; le reste viendra la prochaine fois.</translation>
        </message>
        <message>
            <source>The team's members changed.</source>
            <translation>Les membres de l'équipe ont changé.</translation>
        </message>
        <message numerus="yes">
            <source>Paused: this sync would remove %n entries that were deleted for good in the team. Apply it anyway?</source>
            <translation>
                <numerusform>En pause : cette synchronisation retirerait %n entrée supprimée définitivement dans l'équipe. L'appliquer quand même ?</numerusform>
                <numerusform>En pause : cette synchronisation retirerait %n entrées supprimées définitivement dans l'équipe. L'appliquer quand même ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Someone in the team uses a newer version of Wellbeing Desk: update this one to receive those changes.</source>
            <translation>Une personne de l'équipe utilise une version plus récente de Wellbeing Desk : mettez celle-ci à jour pour recevoir ces modifications.</translation>
        </message>
        <message numerus="yes">
            <source>%n files in the team's place could not be used; nothing in them was applied.</source>
            <translation>
                <numerusform>%n fichier de l'endroit de l'équipe n'a pas pu être utilisé ; rien de son contenu n'a été appliqué.</numerusform>
                <numerusform>%n fichiers de l'endroit de l'équipe n'ont pas pu être utilisés ; rien de leur contenu n'a été appliqué.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changes from %n devices wait: their clock is days ahead of this one.</source>
            <translation>
                <numerusform>Les modifications de %n appareil attendent : son horloge a plusieurs jours d'avance sur celle-ci.</numerusform>
                <numerusform>Les modifications de %n appareils attendent : leur horloge a plusieurs jours d'avance sur celle-ci.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>You are no longer in this team: the person who created it removed you. What you already received stays in this vault; nothing new arrives.</source>
            <translation>Vous ne faites plus partie de cette équipe : la personne qui l'a créée a retiré votre clé. Ce que vous avez déjà reçu reste dans ce coffre-fort ; rien de nouveau n'arrive.</translation>
        </message>
        <message>
            <source>That folder is not there. Is the drive connected? Nothing was changed.</source>
            <translation>Ce dossier est introuvable. Le support est-il branché ? Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>That is not a team space id: it has 32 letters and digits. Check it with the person who created the team.</source>
            <translation>Ce n'est pas un identifiant d'espace d'équipe : il compte 32 lettres et chiffres. Vérifiez-le avec la personne qui a créé l'équipe.</translation>
        </message>
        <message>
            <source>A fingerprint has 20 letters and digits, in five groups of four. Check what you typed.</source>
            <translation>Une empreinte compte 20 lettres et chiffres, en cinq groupes de quatre. Vérifiez ce que vous avez saisi.</translation>
        </message>
        <message>
            <source>That fingerprint does not match the person who created this team space: it may be another team's space. Check each group again with that person. Nothing was joined.</source>
            <translation>Cette empreinte ne correspond pas à la personne qui a créé cet espace d'équipe : c'est peut-être l'espace d'une autre équipe. Vérifiez de nouveau chaque groupe avec cette personne. Vous n'avez rien rejoint.</translation>
        </message>
        <message>
            <source>You have not been added to that team yet. Send your member key to the person who created it, and join once they have added you.</source>
            <translation>Votre clé de membre n'a pas encore été ajoutée à cette équipe. Envoyez-la à la personne qui l'a créée, puis rejoignez l'espace une fois votre clé ajoutée.</translation>
        </message>
        <message>
            <source>There is no team space with that id there. Check the id, and that you chose the place the team uses. Nothing was changed.</source>
            <translation>Il n'y a pas d'espace d'équipe avec cet identifiant à cet endroit. Vérifiez l'identifiant, et que vous avez choisi l'endroit utilisé par l'équipe. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This vault has not received the team's newest key yet. Sync again a little later, or ask the person who created the team to sync.</source>
            <translation>Ce coffre-fort n'a pas encore reçu la clé la plus récente de l'équipe. Synchronisez de nouveau un peu plus tard, ou demandez à la personne qui a créé l'équipe de synchroniser.</translation>
        </message>
        <message>
            <source>Only the person who created the team adds and removes members.</source>
            <translation>Seule la personne qui a créé l'équipe ajoute et retire des membres.</translation>
        </message>
        <message>
            <source>That member key has a typo or is cut short. Check it against the key you were sent, or ask for it again.</source>
            <translation>Cette clé de membre contient une faute de frappe ou est incomplète. Comparez-la avec la clé reçue, ou demandez-la de nouveau.</translation>
        </message>
        <message>
            <source>That team space was made by a newer version of Wellbeing Desk. Update this one, then try again.</source>
            <translation>Cet espace d'équipe a été créé par une version plus récente de Wellbeing Desk. Mettez celle-ci à jour, puis réessayez.</translation>
        </message>
        <message>
            <source>That place cannot be used for a team: files could not be written and read back there safely. Nothing was changed.</source>
            <translation>Cet endroit ne peut pas servir à une équipe : des fichiers n'ont pas pu y être écrits puis relus en toute sécurité. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The team's server could not be used just now. Check your connection and try again a little later.</source>
            <translation>Le serveur de l'équipe n'a pas pu être utilisé pour le moment. Vérifiez votre connexion et réessayez un peu plus tard.</translation>
        </message>
        <message>
            <source>Something in the team's place could not be read. Nothing in this vault was lost; you can try again.</source>
            <translation>Un élément de l'endroit de l'équipe n'a pas pu être lu. Rien n'a été perdu dans ce coffre-fort ; vous pouvez réessayer.</translation>
        </message>
        <message>
            <source>The team's folder could not be read or written. Check that it is there and that you are allowed to write to it.</source>
            <translation>Le dossier de l'équipe n'a pas pu être lu ou écrit. Vérifiez qu'il est là et que vous avez le droit d'y écrire.</translation>
        </message>
    </context>
    <context>
        <name>TemplateCard</name>
        <message>
            <source>Helps when</source>
            <translation>Utile quand</translation>
        </message>
        <message>
            <source>Not for when</source>
            <translation>À éviter quand</translation>
        </message>
        <message>
            <source>Include questions about the event itself</source>
            <translation>Inclure des questions sur l'événement lui-même</translation>
        </message>
        <message>
            <source>Include questions about the event itself in “{title}”</source>
            <translation>Inclure des questions sur l'événement lui-même dans « {title} »</translation>
        </message>
        <message>
            <source>You can skip each of them anyway.</source>
            <translation>Vous pourrez de toute façon passer chacune d'elles.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Start “{title}”</source>
            <translation>Commencer « {title} »</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>New template</source>
            <translation>Nouveau modèle</translation>
        </message>
        <message>
            <source>Edit template</source>
            <translation>Modifier le modèle</translation>
        </message>
        <message>
            <source>Edit “{title}”</source>
            <translation>Modifier « {title} »</translation>
        </message>
        <message>
            <source>Parts of the template</source>
            <translation>Parties du modèle</translation>
        </message>
        <message>
            <source>&amp;About this template</source>
            <translation>À propos de ce &amp;modèle</translation>
        </message>
        <message>
            <source>S&amp;teps</source>
            <translation>Éta&amp;pes</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>&amp;Enregistrer le modèle</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>Enregistrer le modèle</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <source>Close without saving the changes</source>
            <translation>Fermer sans enregistrer les modifications</translation>
        </message>
        <message>
            <source>You are writing the {language} text. What this template says in other languages is kept as it is.</source>
            <translation>Vous écrivez le texte en {language}. Ce que dit ce modèle dans les autres langues reste tel quel.</translation>
        </message>
        <message>
            <source>You are writing the {language} text.</source>
            <translation>Vous écrivez le texte en {language}.</translation>
        </message>
        <message>
            <source>Title of the template</source>
            <translation>Titre du modèle</translation>
        </message>
        <message>
            <source>What the template is for</source>
            <translation>À quoi sert le modèle</translation>
        </message>
        <message>
            <source>When the template may help</source>
            <translation>Quand le modèle peut aider</translation>
        </message>
        <message>
            <source>When not to use the template, and what to do instead</source>
            <translation>Quand ne pas utiliser le modèle, et que faire à la place</translation>
        </message>
        <message>
            <source>Ask the questions about the event itself by default</source>
            <translation>Poser par défaut les questions sur l'événement lui-même</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>O&amp;bjectif</translation>
        </message>
        <message>
            <source>When it &amp;helps</source>
            <translation>Quand il &amp;aide</translation>
        </message>
        <message>
            <source>When &amp;not to use it</source>
            <translation>&amp;Quand ne pas l'utiliser</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Discard your changes to this template?</source>
            <translation>Abandonner vos modifications de ce modèle ?</translation>
        </message>
        <message>
            <source>Steps, in the order they are asked</source>
            <translation>Étapes, dans l'ordre où elles sont posées</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>A&amp;jouter une étape</translation>
        </message>
        <message>
            <source>Add a step after the chosen one</source>
            <translation>Ajouter une étape après celle choisie</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Re&amp;tirer</translation>
        </message>
        <message>
            <source>Remove the chosen step</source>
            <translation>Retirer l'étape choisie</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Vers le &amp;haut</translation>
        </message>
        <message>
            <source>Move the chosen step up</source>
            <translation>Monter l'étape choisie</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Vers le &amp;bas</translation>
        </message>
        <message>
            <source>Move the chosen step down</source>
            <translation>Descendre l'étape choisie</translation>
        </message>
        <message>
            <source>The chosen step</source>
            <translation>L'étape choisie</translation>
        </message>
        <message>
            <source>Kind of step</source>
            <translation>Type d'étape</translation>
        </message>
        <message>
            <source>Question of the step</source>
            <translation>Question de l'étape</translation>
        </message>
        <message>
            <source>Help text under the question</source>
            <translation>Texte d'aide sous la question</translation>
        </message>
        <message>
            <source>About the event itself</source>
            <translation>Porte sur l'événement lui-même</translation>
        </message>
        <message>
            <source>This step is about the event itself</source>
            <translation>Cette étape porte sur l'événement lui-même</translation>
        </message>
        <message>
            <source>Steps about the event itself can be left out when a debrief starts.</source>
            <translation>Les étapes sur l'événement lui-même peuvent être laissées de côté au début d'un bilan.</translation>
        </message>
        <message>
            <source>What 0 means on the rating</source>
            <translation>Ce que signifie 0 sur l'échelle</translation>
        </message>
        <message>
            <source>What 10 means on the rating</source>
            <translation>Ce que signifie 10 sur l'échelle</translation>
        </message>
        <message>
            <source>What &amp;0 means</source>
            <translation>Ce que signifie &amp;0</translation>
        </message>
        <message>
            <source>What 1&amp;0 means</source>
            <translation>Ce que signifie 1&amp;0</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <source>Help te&amp;xt</source>
            <translation>Te&amp;xte d'aide</translation>
        </message>
        <message>
            <source>Options to choose from</source>
            <translation>Options proposées</translation>
        </message>
        <message>
            <source>Double-click an option, or press F2, to change it</source>
            <translation>Double-cliquez sur une option, ou appuyez sur F2, pour la modifier</translation>
        </message>
        <message>
            <source>A new option</source>
            <translation>Une nouvelle option</translation>
        </message>
        <message>
            <source>Text of a new option</source>
            <translation>Texte d'une nouvelle option</translation>
        </message>
        <message>
            <source>Add &amp;option</source>
            <translation>Ajouter une &amp;option</translation>
        </message>
        <message>
            <source>Add the new option</source>
            <translation>Ajouter la nouvelle option</translation>
        </message>
        <message>
            <source>Remove o&amp;ption</source>
            <translation>&amp;Retirer l'option</translation>
        </message>
        <message>
            <source>Remove the chosen option</source>
            <translation>Retirer l'option choisie</translation>
        </message>
        <message>
            <source>Op&amp;tions</source>
            <translation>Option&amp;s</translation>
        </message>
        <message>
            <source>(no question yet)</source>
            <translation>(pas encore de question)</translation>
        </message>
        <message>
            <source>{kind} · about the event</source>
            <translation>{kind} · sur l'événement</translation>
        </message>
        <message>
            <source>{number}. {question}
{kind}</source>
            <translation>{number}. {question}
{kind}</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>Étape {number}</translation>
        </message>
    </context>
    <context>
        <name>TemplateErrors</name>
        <message>
            <source>template id</source>
            <translation>identifiant du modèle</translation>
        </message>
        <message>
            <source>id</source>
            <translation>identifiant</translation>
        </message>
        <message>
            <source>format version</source>
            <translation>version du format</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>objectif</translation>
        </message>
        <message>
            <source>when it helps</source>
            <translation>quand il aide</translation>
        </message>
        <message>
            <source>when not to use it</source>
            <translation>quand ne pas l'utiliser</translation>
        </message>
        <message>
            <source>ask about the event by default</source>
            <translation>questions sur l'événement par défaut</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>étapes</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>question</source>
            <translation>question</translation>
        </message>
        <message>
            <source>help text</source>
            <translation>texte d'aide</translation>
        </message>
        <message>
            <source>about the event</source>
            <translation>sur l'événement</translation>
        </message>
        <message>
            <source>about another person's feelings</source>
            <translation>sur ce que ressent une autre personne</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>what 0 means</source>
            <translation>ce que signifie 0</translation>
        </message>
        <message>
            <source>what 10 means</source>
            <translation>ce que signifie 10</translation>
        </message>
        <message>
            <source>label</source>
            <translation>libellé</translation>
        </message>
        <message>
            <source>the template</source>
            <translation>le modèle</translation>
        </message>
        <message>
            <source>step {number}</source>
            <translation>étape {number}</translation>
        </message>
        <message>
            <source>option {number}</source>
            <translation>option {number}</translation>
        </message>
        <message>
            <source>{field} in {language}</source>
            <translation>{field} en {language}</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>a list in square brackets [ ]</source>
            <translation>une liste entre crochets [ ]</translation>
        </message>
        <message>
            <source>text in quotes</source>
            <translation>un texte entre guillemets</translation>
        </message>
        <message>
            <source>a group of fields in braces { }</source>
            <translation>un groupe de champs entre accolades { }</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true ou false</translation>
        </message>
        <message>
            <source>text in quotes, or one text per language in braces { }</source>
            <translation>un texte entre guillemets, ou un texte par langue entre accolades { }</translation>
        </message>
        <message>
            <source>This is not a template file: it is not valid JSON (the first problem is on line {line}, column {column}).</source>
            <translation>Ce n'est pas un fichier de modèle : ce n'est pas du JSON valide (le premier problème est ligne {line}, colonne {column}).</translation>
        </message>
        <message>
            <source>This file is larger than {limit} KB, too large to be a template.</source>
            <translation>Ce fichier dépasse {limit} Ko : trop gros pour être un modèle.</translation>
        </message>
        <message>
            <source>This template uses format version {value}, and this app reads version 1. It may come from a newer version of Wellbeing Desk.</source>
            <translation>Ce modèle utilise la version {value} du format, et cette application lit la version 1. Il vient peut-être d'une version plus récente de Wellbeing Desk.</translation>
        </message>
        <message>
            <source>{where}: this must be {expected}.</source>
            <translation>{where} : il faut ici {expected}.</translation>
        </message>
        <message>
            <source>{where}: this is missing.</source>
            <translation>{where} : manquant.</translation>
        </message>
        <message>
            <source>{where}: templates have no field with this name. Check the spelling.</source>
            <translation>{where} : les modèles n'ont aucun champ de ce nom. Vérifiez l'orthographe.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a kind of step. The kinds are: {kinds}.</source>
            <translation>{where} : « {value} » n'est pas un type d'étape. Les types sont : {kinds}.</translation>
        </message>
        <message>
            <source>{where}: this is empty.</source>
            <translation>{where} : vide.</translation>
        </message>
        <message>
            <source>{where}: this is longer than {characters}.</source>
            <translation>{where} : dépasse {characters}.</translation>
        </message>
        <message>
            <source>{where}: there are more than {limit}.</source>
            <translation>{where} : il y en a plus de {limit}.</translation>
        </message>
        <message>
            <source>{where}: at least {limit} are needed.</source>
            <translation>{where} : il en faut au moins {limit}.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a valid id. Use lowercase letters, digits and single hyphens.</source>
            <translation>{where} : « {value} » n'est pas un identifiant valide. Utilisez des lettres minuscules, des chiffres et des tirets simples.</translation>
        </message>
        <message>
            <source>{where}: the id “{value}” is used twice.</source>
            <translation>{where} : l'identifiant « {value} » est utilisé deux fois.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a language code.</source>
            <translation>{where} : « {value} » n'est pas un code de langue.</translation>
        </message>
        <message>
            <source>{where}: this does not belong in a step of this kind.</source>
            <translation>{where} : ceci n'a pas sa place dans une étape de ce type.</translation>
        </message>
        <message>
            <source>This template cannot be used: it has a problem.</source>
            <translation>Ce modèle ne peut pas être utilisé : il présente un problème.</translation>
        </message>
    </context>
    <context>
        <name>TemplateManagerDialog</name>
        <message>
            <source>Debrief templates</source>
            <translation>Modèles de bilan</translation>
        </message>
        <message>
            <source>A template is the list of steps a debrief walks you through. The built-in ones cannot be changed, but you can duplicate one and make the copy yours, write your own, or share templates as files.</source>
            <translation>Un modèle est la liste des étapes que suit un bilan. Ceux qui sont fournis ne peuvent pas être modifiés, mais vous pouvez en dupliquer un et adapter la copie, écrire les vôtres, ou partager des modèles sous forme de fichiers.</translation>
        </message>
        <message>
            <source>Templates: built in, then yours</source>
            <translation>Modèles : fournis, puis les vôtres</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Edit the chosen template</source>
            <translation>Modifier le modèle choisi</translation>
        </message>
        <message>
            <source>&amp;Duplicate to edit</source>
            <translation>&amp;Dupliquer pour modifier</translation>
        </message>
        <message>
            <source>Make an editable copy of the chosen template</source>
            <translation>Faire une copie modifiable du modèle choisi</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Delete the chosen template</source>
            <translation>Supprimer le modèle choisi</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Save the chosen template to a file</source>
            <translation>Enregistrer le modèle choisi dans un fichier</translation>
        </message>
        <message>
            <source>&amp;New template…</source>
            <translation>&amp;Nouveau modèle…</translation>
        </message>
        <message>
            <source>Write a new template of your own</source>
            <translation>Écrire votre propre modèle</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Import a template from a file</source>
            <translation>Importer un modèle depuis un fichier</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close the templates</source>
            <translation>Fermer les modèles</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Fournis</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Les vôtres</translation>
        </message>
        <message>
            <source>{title} (built in)</source>
            <translation>{title} (fourni)</translation>
        </message>
        <message>
            <source>None yet: duplicate one, or write a new one.</source>
            <translation>Aucun pour l'instant : dupliquez-en un, ou écrivez-en un nouveau.</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Dupliquer</translation>
        </message>
        <message>
            <source>Choose a template to see what it is for.</source>
            <translation>Choisissez un modèle pour voir à quoi il sert.</translation>
        </message>
        <message numerus="yes">
            <source>Yours · %n steps</source>
            <translation>
                <numerusform>Le vôtre · %n étape</numerusform>
                <numerusform>Le vôtre · %n étapes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Built in, read-only · %n steps</source>
            <translation>
                <numerusform>Fourni, lecture seule · %n étape</numerusform>
                <numerusform>Fourni, lecture seule · %n étapes</numerusform>
            </translation>
        </message>
        <message>
            <source>When it helps: {text}</source>
            <translation>Utile quand : {text}</translation>
        </message>
        <message>
            <source>When not to use it: {text}</source>
            <translation>À éviter quand : {text}</translation>
        </message>
        <message>
            <source>{number}. {question}</source>
            <translation>{number}. {question}</translation>
        </message>
        <message>
            <source>The steps:</source>
            <translation>Les étapes :</translation>
        </message>
        <message>
            <source>About the chosen template</source>
            <translation>À propos du modèle choisi</translation>
        </message>
        <message>
            <source>(my copy)</source>
            <translation>(ma copie)</translation>
        </message>
        <message>
            <source>“{title}” is now one of yours, ready to edit.</source>
            <translation>« {title} » fait maintenant partie des vôtres, et vous pouvez le modifier.</translation>
        </message>
        <message>
            <source>“{title}” was saved.</source>
            <translation>« {title} » a été enregistré.</translation>
        </message>
        <message>
            <source>This template was deleted in the meantime. Nothing was saved.</source>
            <translation>Ce modèle a été supprimé entre-temps. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The template could not be saved: it is too long, or another of your templates has the same id. Nothing was saved.</source>
            <translation>Le modèle n'a pas pu être enregistré : il est trop long, ou un autre de vos modèles a le même identifiant. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Delete this template?</source>
            <translation>Supprimer ce modèle ?</translation>
        </message>
        <message>
            <source>Delete the template “{title}”? Debriefs you already started with it keep their own copy of its steps.</source>
            <translation>Supprimer le modèle « {title} » ? Les bilans déjà commencés avec lui gardent leur propre copie de ses étapes.</translation>
        </message>
        <message>
            <source>“{title}” was deleted.</source>
            <translation>« {title} » a été supprimé.</translation>
        </message>
        <message>
            <source>Export the template “{title}”</source>
            <translation>Exporter le modèle « {title} »</translation>
        </message>
        <message>
            <source>Debrief templates (*.json)</source>
            <translation>Modèles de bilan (*.json)</translation>
        </message>
        <message>
            <source>“{title}” was saved to {file}.</source>
            <translation>« {title} » a été enregistré dans {file}.</translation>
        </message>
        <message>
            <source>The template was not exported</source>
            <translation>Le modèle n'a pas été exporté</translation>
        </message>
        <message>
            <source>Choose a template file to import</source>
            <translation>Choisissez un fichier de modèle à importer</translation>
        </message>
        <message>
            <source>Debrief templates (*.json);;All files (*)</source>
            <translation>Modèles de bilan (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>(imported)</source>
            <translation>(importé)</translation>
        </message>
        <message>
            <source>“{title}” was imported.</source>
            <translation>« {title} » a été importé.</translation>
        </message>
        <message>
            <source>A template with the id “{id}” was already here, so this one was imported as a copy: “{title}”.</source>
            <translation>Un modèle avec l'identifiant « {id} » existait déjà : celui-ci a donc été importé comme copie : « {title} ».</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message>
            <source>“{file}” cannot be used as a template, so nothing was imported.

{problem}</source>
            <translation>« {file} » ne peut pas servir de modèle, donc rien n'a été importé.

{problem}</translation>
        </message>
        <message>
            <source>“{file}” is a folder. Choose a file instead.</source>
            <translation>« {file} » est un dossier. Choisissez plutôt un fichier.</translation>
        </message>
        <message>
            <source>You are not allowed to write “{file}” there. Choose another folder.</source>
            <translation>Vous n'avez pas le droit d'écrire « {file} » à cet endroit. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>You are not allowed to read “{file}”. Nothing was imported.</source>
            <translation>Vous n'avez pas le droit de lire « {file} ». Rien n'a été importé.</translation>
        </message>
        <message>
            <source>“{file}” is not an ordinary file. Choose a template file (.json). Nothing was imported.</source>
            <translation>« {file} » n'est pas un fichier ordinaire. Choisissez un fichier de modèle (.json). Rien n'a été importé.</translation>
        </message>
        <message>
            <source>“{file}” could not be found. It may have been moved or deleted. Nothing was imported.</source>
            <translation>« {file} » est introuvable. Il a peut-être été déplacé ou supprimé. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>“{file}” could not be written. Check that the folder exists and that there is space on the disk.</source>
            <translation>« {file} » n'a pas pu être écrit. Vérifiez que le dossier existe et qu'il reste de la place sur le disque.</translation>
        </message>
        <message>
            <source>“{file}” could not be read. Nothing was imported.</source>
            <translation>« {file} » n'a pas pu être lu. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>“{file}” could not be stored: the template is too long. Nothing was imported.</source>
            <translation>« {file} » n'a pas pu être enregistré : le modèle est trop long. Rien n'a été importé.</translation>
        </message>
    </context>
    <context>
        <name>TemplateNames</name>
        <message>
            <source>Free text</source>
            <translation>Texte libre</translation>
        </message>
        <message>
            <source>Rating from 0 to 10</source>
            <translation>Évaluation de 0 à 10</translation>
        </message>
        <message>
            <source>Checklist (tick any)</source>
            <translation>Liste (cochez ce que vous voulez)</translation>
        </message>
        <message>
            <source>Single choice (pick one)</source>
            <translation>Choix unique (une seule réponse)</translation>
        </message>
        <message>
            <source>People to reach</source>
            <translation>Personnes à joindre</translation>
        </message>
        <message>
            <source>Follow-up actions with dates</source>
            <translation>Actions de suivi avec dates</translation>
        </message>
        <message>
            <source>English</source>
            <translation>anglais</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>espagnol</translation>
        </message>
        <message>
            <source>French</source>
            <translation>français</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>portugais</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>arabe</translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <source>Your answer</source>
            <translation>Votre réponse</translation>
        </message>
        <message>
            <source>Write as much or as little as you like, or skip this question.</source>
            <translation>Écrivez autant ou aussi peu que vous voulez, ou passez cette question.</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Write more</source>
            <translation>Écrire davantage</translation>
        </message>
        <message>
            <source>A full entry has room for sleep, energy, warning signs and your own words.</source>
            <translation>Une entrée complète laisse de la place pour le sommeil, l'énergie, les signaux d'alerte et vos propres mots.</translation>
        </message>
        <message>
            <source>&amp;Write a full entry</source>
            <translation>Écrire une entrée &amp;complète</translation>
        </message>
        <message>
            <source>Write a full entry</source>
            <translation>Écrire une entrée complète</translation>
        </message>
        <message>
            <source>&amp;Reach someone now</source>
            <translation>Parler à &amp;quelqu'un</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>Parler à quelqu'un maintenant</translation>
        </message>
        <message>
            <source>Your people for an emergency, then support, with their numbers ({keys})</source>
            <translation>Vos proches en cas d'urgence, puis le soutien, avec leurs numéros ({keys})</translation>
        </message>
        <message>
            <source>Write a full entry (Ctrl+N)</source>
            <translation>Écrire une entrée complète (Ctrl+N)</translation>
        </message>
        <message>
            <source>Who would you reach in a hard moment? Add two or three people now, so their numbers are here even with no internet.</source>
            <translation>Vers qui vous tourner dans un moment difficile ? Ajoutez deux ou trois personnes : leurs numéros seront ici, même sans internet.</translation>
        </message>
        <message>
            <source>&amp;Add my people</source>
            <translation>A&amp;jouter mes proches</translation>
        </message>
        <message>
            <source>Add the people you would reach in an emergency</source>
            <translation>Ajouter les personnes que vous contacteriez en cas d'urgence</translation>
        </message>
        <message>
            <source>Do not remind me again</source>
            <translation>Ne plus me le rappeler</translation>
        </message>
        <message>
            <source>&amp;Continue your unsaved entry</source>
            <translation>&amp;Reprendre votre entrée non enregistrée</translation>
        </message>
        <message>
            <source>Continue your unsaved entry</source>
            <translation>Reprendre votre entrée non enregistrée</translation>
        </message>
    </context>
    <context>
        <name>TrashRow</name>
        <message>
            <source>Started and moved to the trash {date}</source>
            <translation>Commencé et placé dans la corbeille le {date}</translation>
        </message>
        <message>
            <source>Started {started} · moved to the trash {trashed}</source>
            <translation>Commencé le {started} · placé dans la corbeille le {trashed}</translation>
        </message>
        <message>
            <source>Started {started}, moved to the trash {trashed}</source>
            <translation>Commencé le {started}, placé dans la corbeille le {trashed}</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Restore “{title}” from {date}</source>
            <translation>Restaurer « {title} » du {date}</translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <source>Trash</source>
            <translation>Corbeille</translation>
        </message>
        <message>
            <source>Debriefs you moved to the trash. Restore one to bring it back to your debriefs. Emptying the trash removes them for good.</source>
            <translation>Les bilans que vous avez placés dans la corbeille. Restaurez-en un pour le retrouver dans vos bilans. Vider la corbeille les supprime définitivement.</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>La corbeille est vide.</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>Vider la &amp;corbeille…</translation>
        </message>
        <message>
            <source>Empty the trash: remove these debriefs for good</source>
            <translation>Vider la corbeille : supprimer définitivement ces bilans</translation>
        </message>
        <message>
            <source>&amp;Back to your debriefs</source>
            <translation>Retour à vos &amp;bilans</translation>
        </message>
        <message>
            <source>Back to your debriefs</source>
            <translation>Retour à vos bilans</translation>
        </message>
        <message>
            <source>Back to your debriefs (Esc)</source>
            <translation>Retour à vos bilans (Esc)</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Each day</source>
            <translation>Chaque jour</translation>
        </message>
        <message>
            <source>7-day average</source>
            <translation>Moyenne sur 7 jours</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Welcome back</source>
            <translation>Bon retour</translation>
        </message>
        <message>
            <source>Wellbeing Desk is locked. Enter your passphrase to open your vault.</source>
            <translation>Wellbeing Desk est verrouillé. Saisissez votre phrase secrète pour ouvrir votre coffre-fort.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Unlocking… this takes a moment.</source>
            <translation>Déverrouillage… cela prend un moment.</translation>
        </message>
        <message>
            <source>&amp;Need help now?</source>
            <translation>&amp;Besoin d'aide maintenant ?</translation>
        </message>
        <message>
            <source>Need help now? Public lines and grounding</source>
            <translation>Besoin d'aide maintenant ? Lignes publiques et ancrage</translation>
        </message>
        <message>
            <source>Public lines that answer at any hour, and breathing and grounding (Ctrl+G)</source>
            <translation>Lignes publiques qui répondent à toute heure, et respiration et ancrage (Ctrl+G)</translation>
        </message>
    </context>
    <context>
        <name>VaultBanner</name>
        <message>
            <source>Check the vault</source>
            <translation>Vérifier le coffre-fort</translation>
        </message>
        <message>
            <source>Check the vault for damage</source>
            <translation>Vérifier si le coffre-fort est endommagé</translation>
        </message>
        <message>
            <source>Reads every part of the vault and reports damage; changes nothing</source>
            <translation>Lit chaque partie du coffre-fort et signale les dommages ; ne modifie rien</translation>
        </message>
        <message>
            <source>Read-only here</source>
            <translation>Lecture seule ici</translation>
        </message>
        <message>
            <source>This vault is read-only here: it is on a write-protected drive or in a folder you cannot change. You can read, search and export everything, but changes can't be saved. Nothing is wrong with the vault. To make changes, copy the vault folder to a place you can write and open it there.</source>
            <translation>Ce coffre-fort est en lecture seule ici : il se trouve sur un support protégé en écriture ou dans un dossier que vous ne pouvez pas modifier. Vous pouvez tout lire, rechercher et exporter, mais les modifications ne peuvent pas être enregistrées. Le coffre-fort n'a aucun problème. Pour faire des modifications, copiez le dossier du coffre-fort à un endroit où vous pouvez écrire et ouvrez-le là.</translation>
        </message>
        <message>
            <source>Damage found: open read-only</source>
            <translation>Dommages détectés : ouvert en lecture seule</translation>
        </message>
        <message>
            <source>Wellbeing Desk found damage in this vault, so it is open read-only: changes can't be saved until a check passes. You can still read and export what is readable. Check it here, or with “wellbeing-desk-cli check”. If the check finds damage, restore your most recent backup copy of the vault folder.</source>
            <translation>Wellbeing Desk a détecté des dommages dans ce coffre-fort, il est donc ouvert en lecture seule : les modifications ne peuvent pas être enregistrées tant qu'une vérification n'a pas réussi. Vous pouvez toujours lire et exporter ce qui est lisible. Vérifiez-le ici, ou avec « wellbeing-desk-cli check ». Si la vérification trouve des dommages, restaurez votre sauvegarde la plus récente du dossier du coffre-fort.</translation>
        </message>
        <message>
            <source>The check found no damage. Lock and unlock Wellbeing Desk to save changes again.</source>
            <translation>La vérification n'a trouvé aucun dommage. Verrouillez puis déverrouillez Wellbeing Desk pour pouvoir enregistrer à nouveau.</translation>
        </message>
        <message>
            <source>The check found damage. Restore your most recent backup copy of the vault folder; until then nothing is saved to this one.</source>
            <translation>La vérification a trouvé des dommages. Restaurez votre sauvegarde la plus récente du dossier du coffre-fort ; d'ici là, rien n'est enregistré dans celui-ci.</translation>
        </message>
    </context>
    <context>
        <name>VaultKeys</name>
        <message>
            <source>&amp;Forgot passphrase?</source>
            <translation>Phrase secrète &amp;oubliée ?</translation>
        </message>
        <message>
            <source>Forgot your passphrase? Use a recovery code</source>
            <translation>Phrase secrète oubliée ? Utilisez un code de récupération</translation>
        </message>
        <message>
            <source>Your vault</source>
            <translation>Votre coffre-fort</translation>
        </message>
        <message>
            <source>Your passphrase was changed. Use the new one from now on.</source>
            <translation>Votre phrase secrète a été changée. Utilisez désormais la nouvelle.</translation>
        </message>
        <message>
            <source>That is not your current passphrase. Nothing was changed.</source>
            <translation>Ce n'est pas votre phrase secrète actuelle. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>A new recovery code replaces the one you have: the old code stops working. Anyone with the new code can open your vault. Confirm with your passphrase.</source>
            <translation>Un nouveau code de récupération remplace celui que vous avez : l'ancien cesse de fonctionner. Toute personne qui a le nouveau code peut ouvrir votre coffre-fort. Confirmez avec votre phrase secrète.</translation>
        </message>
        <message>
            <source>A recovery code lets you set a new passphrase if you forget yours. Anyone with the code can open your vault. Confirm with your passphrase.</source>
            <translation>Un code de récupération vous permet de définir une nouvelle phrase secrète si vous oubliez la vôtre. Toute personne qui a le code peut ouvrir votre coffre-fort. Confirmez avec votre phrase secrète.</translation>
        </message>
        <message>
            <source>Removing the recovery code means only your passphrase opens this vault. The code you wrote down stops working. Confirm with your passphrase.</source>
            <translation>Retirer le code de récupération signifie que seule votre phrase secrète ouvrira ce coffre-fort. Le code que vous avez noté cessera de fonctionner. Confirmez avec votre phrase secrète.</translation>
        </message>
        <message>
            <source>The recovery code was removed. It no longer opens this vault.</source>
            <translation>Le code de récupération a été retiré. Il n'ouvre plus ce coffre-fort.</translation>
        </message>
        <message>
            <source>The vault was destroyed</source>
            <translation>Le coffre-fort a été détruit</translation>
        </message>
        <message>
            <source>The vault was not destroyed</source>
            <translation>Le coffre-fort n'a pas été détruit</translation>
        </message>
        <message>
            <source>Your new passphrase is set. Unlock with it now, while it is fresh.</source>
            <translation>Votre nouvelle phrase secrète est définie. Déverrouillez avec elle maintenant, tant qu'elle est fraîche dans votre mémoire.</translation>
        </message>
        <message>
            <source>Working… this takes a moment.</source>
            <translation>En cours… cela prend un moment.</translation>
        </message>
        <message>
            <source>That is not your passphrase. Nothing was changed.</source>
            <translation>Ce n'est pas votre phrase secrète. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This vault has no recovery code, so a code cannot open it. Nothing was changed.</source>
            <translation>Ce coffre-fort n'a pas de code de récupération : aucun code ne peut donc l'ouvrir. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This code does not open this vault. Compare it with the code you wrote down. Nothing was changed.</source>
            <translation>Ce code n'ouvre pas ce coffre-fort. Comparez-le avec le code que vous avez noté. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This code has a typo. Compare it with the code you wrote down.</source>
            <translation>Ce code contient une faute de frappe. Comparez-le avec le code que vous avez noté.</translation>
        </message>
    </context>
    <context>
        <name>VaultKeysSection</name>
        <message>
            <source>&amp;Change passphrase…</source>
            <translation>Changer de &amp;phrase secrète…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Changer de phrase secrète</translation>
        </message>
        <message>
            <source>A recovery code lets you set a new passphrase if you forget yours. Anyone who has it can open your vault.</source>
            <translation>Un code de récupération vous permet de définir une nouvelle phrase secrète si vous oubliez la vôtre. Toute personne qui l'a peut ouvrir votre coffre-fort.</translation>
        </message>
        <message>
            <source>&amp;Remove the recovery code…</source>
            <translation>&amp;Retirer le code de récupération…</translation>
        </message>
        <message>
            <source>Remove the recovery code</source>
            <translation>Retirer le code de récupération</translation>
        </message>
        <message>
            <source>Destroying the vault makes everything in it unreadable, for good. Backups and copies elsewhere are not reached.</source>
            <translation>Détruire le coffre-fort rend tout son contenu illisible, définitivement. Les sauvegardes et les copies situées ailleurs ne sont pas touchées.</translation>
        </message>
        <message>
            <source>&amp;Destroy this vault…</source>
            <translation>&amp;Détruire ce coffre-fort…</translation>
        </message>
        <message>
            <source>Destroy this vault</source>
            <translation>Détruire ce coffre-fort</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Code de récupération</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>Détruire</translation>
        </message>
        <message>
            <source>This vault has a recovery code.</source>
            <translation>Ce coffre-fort a un code de récupération.</translation>
        </message>
        <message>
            <source>This vault has no recovery code.</source>
            <translation>Ce coffre-fort n'a pas de code de récupération.</translation>
        </message>
        <message>
            <source>Re&amp;place the recovery code…</source>
            <translation>Rem&amp;placer le code de récupération…</translation>
        </message>
        <message>
            <source>Replace the recovery code</source>
            <translation>Remplacer le code de récupération</translation>
        </message>
        <message>
            <source>&amp;Add a recovery code…</source>
            <translation>Ajouter un code de &amp;récupération…</translation>
        </message>
        <message>
            <source>Add a recovery code</source>
            <translation>Ajouter un code de récupération</translation>
        </message>
    </context>
    <context>
        <name>VersionsPane</name>
        <message>
            <source>This was changed on two of your devices before they synced, so both versions were kept. Nothing is lost. Which one do you want to keep?</source>
            <translation>Ceci a été modifié sur deux de vos appareils avant leur synchronisation, donc les deux versions ont été gardées. Rien n'est perdu. Laquelle voulez-vous garder ?</translation>
        </message>
        <message>
            <source>Nothing written here.</source>
            <translation>Rien n'est écrit ici.</translation>
        </message>
        <message>
            <source>The version in place now</source>
            <translation>La version actuelle</translation>
        </message>
        <message>
            <source>The other version, kept as a copy</source>
            <translation>L'autre version, conservée en copie</translation>
        </message>
        <message>
            <source>&amp;Keep this one</source>
            <translation>&amp;Garder celle-ci</translation>
        </message>
        <message>
            <source>Keep the version in place now; the other version goes to the trash</source>
            <translation>Garder la version actuelle ; l'autre version va dans la corbeille</translation>
        </message>
        <message>
            <source>Keep the &amp;other one</source>
            <translation>Garder l'&amp;autre</translation>
        </message>
        <message>
            <source>Keep the other version: its text replaces the version in place now</source>
            <translation>Garder l'autre version : son texte remplace la version actuelle</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Garder les &amp;deux</translation>
        </message>
        <message>
            <source>Keep both versions: the other one stays on its own, beside this one</source>
            <translation>Garder les deux versions : l'autre devient une entrée à part, à côté de celle-ci</translation>
        </message>
        <message>
            <source>The version in place &amp;now</source>
            <translation>La version ac&amp;tuelle</translation>
        </message>
        <message>
            <source>The other &amp;version, kept as a copy</source>
            <translation>L'autre version, &amp;conservée en copie</translation>
        </message>
        <message>
            <source>Either way nothing is lost: “Keep this one” moves the other version to the trash, and “Keep the other one” puts its text in place of this one and moves this one's text to the trash. You can restore from the trash.</source>
            <translation>Dans tous les cas, rien n'est perdu : « Garder celle-ci » place l'autre version dans la corbeille, et « Garder l'autre » met le texte de l'autre version à la place et place le texte actuel dans la corbeille. Vous pouvez restaurer depuis la corbeille.</translation>
        </message>
    </context>
    <context>
        <name>WarningSignTable</name>
        <message>
            <source>Warning sign</source>
            <translation>Signal d’alerte</translation>
        </message>
        <message>
            <source>Days you noted it</source>
            <translation>Jours où vous l’avez noté</translation>
        </message>
    </context>
    <context>
        <name>WeekTable</name>
        <message>
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Humeur</translation>
        </message>
        <message>
            <source>Did most often</source>
            <translation>Le plus souvent</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>date format of a week's Monday</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>{activity} ({count}×)</source>
            <translation>{activity} ({count}×)</translation>
        </message>
        <message>
            <source>An activity you removed</source>
            <translation>Une activité que vous avez retirée</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>Semaine du {date}</translation>
        </message>
    </context>
    <context>
        <name>WindowTitles</name>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>Notes — Locked</source>
            <translation>Notes — Verrouillé</translation>
        </message>
        <message>
            <source>Wellbeing Desk — Locked</source>
            <translation>Wellbeing Desk — Verrouillé</translation>
        </message>
        <message>
            <source>Notes — read-only</source>
            <translation>Notes — lecture seule</translation>
        </message>
        <message>
            <source>Wellbeing Desk — read-only</source>
            <translation>Wellbeing Desk — lecture seule</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Wellbeing Desk help</source>
            <translation>Aide de Wellbeing Desk</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Help and keyboard shortcuts</source>
            <translation>Aide et raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>Lock Wellbeing Desk</source>
            <translation>Verrouiller Wellbeing Desk</translation>
        </message>
        <message>
            <source>Close the vault now</source>
            <translation>Fermer le coffre-fort maintenant</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Annuaire</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>A quick daily check-in arrives in a coming version. Take a breath; there is nothing you need to do here yet.</source>
            <translation>Un bref point du jour arrivera dans une prochaine version. Respirez ; il n'y a rien à faire ici pour l'instant.</translation>
        </message>
        <message>
            <source>The journal arrives in a coming version.</source>
            <translation>Le journal arrivera dans une prochaine version.</translation>
        </message>
        <message>
            <source>The guided debrief arrives in a coming version. Every step will be optional.</source>
            <translation>Le bilan guidé arrivera dans une prochaine version. Chaque étape sera facultative.</translation>
        </message>
        <message>
            <source>The directory of support contacts arrives in a coming version.</source>
            <translation>L'annuaire des contacts de soutien arrivera dans une prochaine version.</translation>
        </message>
    </context>
    <context>
        <name>_Counted</name>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n caractère</numerusform>
                <numerusform>%n caractères</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Table</name>
        <message>
            <source>Select the whole table</source>
            <translation>Sélectionner tout le tableau</translation>
        </message>
    </context>
</TS>