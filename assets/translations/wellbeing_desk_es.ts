<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>ActionRow</name>
        <message>
            <source>Something small and kind, or practical</source>
            <translation>Algo pequeño y amable, o práctico</translation>
        </message>
        <message>
            <source>Action {number}</source>
            <translation>Acción {number}</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Para el</translation>
        </message>
        <message>
            <source>Give action {number} a date</source>
            <translation>Poner fecha a la acción {number}</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>how the dates are shown</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>Date for action {number}</source>
            <translation>Fecha de la acción {number}</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove action {number}</source>
            <translation>Quitar la acción {number}</translation>
        </message>
    </context>
    <context>
        <name>ActionsInput</name>
        <message>
            <source>Add an &amp;action</source>
            <translation>Añadir una a&amp;cción</translation>
        </message>
        <message>
            <source>Add another action</source>
            <translation>Añadir otra acción</translation>
        </message>
        <message>
            <source>Actions with a date show on your Today page when they are due.</source>
            <translation>Las acciones con fecha aparecen en tu página Hoy cuando llega el día.</translation>
        </message>
    </context>
    <context>
        <name>ActivityTable</name>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>After doing it</source>
            <translation>Después de hacerla</translation>
        </message>
        <message>
            <source>After other days</source>
            <translation>Después de otros días</translation>
        </message>
        <message>
            <source>So far</source>
            <translation>Hasta ahora</translation>
        </message>
        <message>
            <source>An activity you removed</source>
            <translation>Una actividad que quitaste</translation>
        </message>
        <message>
            <source>No days yet</source>
            <translation>Aún no hay días</translation>
        </message>
        <message numerus="yes">
            <source>{value} (%n days)</source>
            <translation>
                <numerusform>{value} (%n día)</numerusform>
                <numerusform>{value} (%n días)</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}
too few days to say</source>
            <translation>{figure}
muy pocos días para saberlo</translation>
        </message>
        <message>
            <source>Lower stress the next day</source>
            <translation>Menos estrés al día siguiente</translation>
        </message>
        <message>
            <source>Higher stress the next day</source>
            <translation>Más estrés al día siguiente</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>Más o menos igual</translation>
        </message>
        <message>
            <source>Too few days to say</source>
            <translation>Muy pocos días para saberlo</translation>
        </message>
    </context>
    <context>
        <name>AddMemberDialog</name>
        <message>
            <source>Add a member</source>
            <translation>Añadir un miembro</translation>
        </message>
        <message>
            <source>Their member key</source>
            <translation>Su clave de miembro</translation>
        </message>
        <message>
            <source>Their name in the team</source>
            <translation>Su nombre en el equipo</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>Si&amp;guiente</translation>
        </message>
        <message>
            <source>Next: compare the fingerprint</source>
            <translation>Siguiente: comparar la huella</translation>
        </message>
        <message>
            <source>Their member &amp;key</source>
            <translation>Su &amp;clave de miembro</translation>
        </message>
        <message>
            <source>Paste the key they sent you from “Your member key…”.</source>
            <translation>Pega la clave que te envió desde «Tu clave de miembro…».</translation>
        </message>
        <message>
            <source>Their na&amp;me in the team</source>
            <translation>Su &amp;nombre en el equipo</translation>
        </message>
        <message>
            <source>Paste their member key and type their name first.</source>
            <translation>Primero pega su clave de miembro y escribe su nombre.</translation>
        </message>
        <message>
            <source>That key is already in the team, as {name}.</source>
            <translation>Esa clave ya está en el equipo, como {name}.</translation>
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
            <translation>Wellbeing Desk ya está abierto con esta bóveda.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your vault is safe. If this keeps happening, lock Wellbeing Desk and start it again.</source>
            <translation>Ocurrió algo inesperado. Tu bóveda está a salvo. Si vuelve a pasar, bloquea Wellbeing Desk y ábrelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>BackupNotice</name>
        <message>
            <source>Backing up…</source>
            <translation>Haciendo la copia…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer una copia ahora</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer una copia ahora</translation>
        </message>
        <message>
            <source>Open backup settings</source>
            <translation>Abrir los ajustes de copias</translation>
        </message>
    </context>
    <context>
        <name>BackupSection</name>
        <message>
            <source>Back up automatically</source>
            <translation>Copia automática</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivada</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Una vez al día</translation>
        </message>
        <message>
            <source>Once a week</source>
            <translation>Una vez a la semana</translation>
        </message>
        <message>
            <source>An automatic backup is made after you unlock, at most one a day.</source>
            <translation>La copia automática se hace después de desbloquear, como mucho una al día.</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>Copias que se guardan</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Carpeta de copias</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>Eleg&amp;ir…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Elegir la carpeta de copias</translation>
        </message>
        <message>
            <source>Beside the vault folder unless you choose another. A USB stick is a good choice: a backup on another drive survives a lost or broken computer.</source>
            <translation>Junto a la carpeta de la bóveda, salvo que elijas otra. Una memoria USB es buena opción: una copia en otra unidad sobrevive a un ordenador perdido o roto.</translation>
        </message>
        <message>
            <source>Back &amp;up now</source>
            <translation>Hacer una copia a&amp;hora</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer una copia ahora</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Haciendo la copia…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Choose a folder for backups</source>
            <translation>Elige una carpeta para las copias</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>the backup folder is not there (is the USB stick plugged in?)</source>
            <translation>la carpeta de copias no está (¿está conectada la memoria USB?)</translation>
        </message>
        <message>
            <source>there is not enough room in the backup folder</source>
            <translation>no hay espacio suficiente en la carpeta de copias</translation>
        </message>
        <message>
            <source>Wellbeing Desk may not write to the backup folder</source>
            <translation>Wellbeing Desk no tiene permiso para escribir en la carpeta de copias</translation>
        </message>
        <message>
            <source>the backup folder is inside the vault folder; choose another one</source>
            <translation>la carpeta de copias está dentro de la carpeta de la bóveda; elige otra</translation>
        </message>
        <message>
            <source>the backup did not read back correctly (the drive may be failing)</source>
            <translation>la copia no se leyó bien al comprobarla (puede que la unidad esté fallando)</translation>
        </message>
        <message>
            <source>something went wrong while writing it</source>
            <translation>algo salió mal al escribirla</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. Try again with “Back up now”.</source>
            <translation>La última copia falló: {reason}. Vuelve a intentarlo con «Hacer una copia ahora».</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. It will be tried again the next time you unlock.</source>
            <translation>La última copia falló: {reason}. Se volverá a intentar la próxima vez que desbloquees.</translation>
        </message>
        <message>
            <source>No backup has been made yet.</source>
            <translation>Todavía no se ha hecho ninguna copia.</translation>
        </message>
        <message>
            <source>Last backup: {when}</source>
            <translation>Última copia: {when}</translation>
        </message>
        <message>
            <source>The last backup failed: {reason}. Your vault itself is fine.</source>
            <translation>La última copia falló: {reason}. Tu bóveda en sí está bien.</translation>
        </message>
        <message>
            <source>That passphrase does not open this backup. Type the passphrase the vault had when the backup was made.</source>
            <translation>Esa frase de contraseña no abre esta copia. Escribe la frase de contraseña que tenía la bóveda cuando se hizo la copia.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Wellbeing Desk. Update the app to restore it. Nothing was changed.</source>
            <translation>Esta copia la hizo una versión más nueva de Wellbeing Desk. Actualiza la aplicación para restaurarla. No se cambió nada.</translation>
        </message>
        <message>
            <source>This file is not a Wellbeing Desk backup, or it is damaged. Nothing was changed.</source>
            <translation>Este archivo no es una copia de Wellbeing Desk o está dañado. No se cambió nada.</translation>
        </message>
        <message>
            <source>That folder holds other files. Choose an empty folder or make a new one. Nothing was changed.</source>
            <translation>Esa carpeta contiene otros archivos. Elige una carpeta vacía o crea una nueva. No se cambió nada.</translation>
        </message>
        <message>
            <source>There is not enough room on the disk to restore this backup. Free some space and try again. Nothing was changed.</source>
            <translation>No hay espacio suficiente en el disco para restaurar esta copia. Libera algo de espacio e inténtalo de nuevo. No se cambió nada.</translation>
        </message>
        <message>
            <source>The backup file could not be found. Choose it again. Nothing was changed.</source>
            <translation>No se encontró el archivo de copia. Vuelve a elegirlo. No se cambió nada.</translation>
        </message>
        <message>
            <source>Wellbeing Desk may not write to that folder. Choose another one. Nothing was changed.</source>
            <translation>Wellbeing Desk no tiene permiso para escribir en esa carpeta. Elige otra. No se cambió nada.</translation>
        </message>
    </context>
    <context>
        <name>BreathingCircle</name>
        <message>
            <source>Breathing circle</source>
            <translation>Círculo de respiración</translation>
        </message>
        <message>
            <source>A circle that grows while you breathe in and shrinks while you breathe out.</source>
            <translation>Un círculo que crece mientras inhalas y se hace más pequeño mientras exhalas.</translation>
        </message>
    </context>
    <context>
        <name>BreathingPage</name>
        <message>
            <source>Breathing pace</source>
            <translation>Ritmo de respiración</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Ritmo</translation>
        </message>
        <message>
            <source>Follow the marked step and the count. Let your shoulders drop. If a pace feels hard, choose a gentler one. If you feel dizzy or light-headed, stop and breathe normally. If focusing on your breath makes you feel worse, try 5-4-3-2-1 senses instead.</source>
            <translation>Sigue el paso marcado y la cuenta. Deja caer los hombros. Si un ritmo se te hace difícil, elige uno más suave. Si te mareas o sientes la cabeza ligera, para y respira con normalidad. Si fijarte en la respiración te hace sentir peor, prueba mejor el ejercicio de los sentidos 5-4-3-2-1.</translation>
        </message>
        <message>
            <source>Breathe in as the circle grows and out as it shrinks. Let your shoulders drop. If a pace feels hard, choose a gentler one. If you feel dizzy or light-headed, stop and breathe normally. If focusing on your breath makes you feel worse, try 5-4-3-2-1 senses instead.</source>
            <translation>Inhala mientras el círculo crece y exhala mientras se hace más pequeño. Deja caer los hombros. Si un ritmo se te hace difícil, elige uno más suave. Si te mareas o sientes la cabeza ligera, para y respira con normalidad. Si fijarte en la respiración te hace sentir peor, prueba mejor el ejercicio de los sentidos 5-4-3-2-1.</translation>
        </message>
        <message>
            <source>Press Start when you are ready.</source>
            <translation>Pulsa Empezar cuando quieras.</translation>
        </message>
        <message>
            <source>That was four rounds, enough to begin with. Breathe normally, or continue if you like.</source>
            <translation>Fueron cuatro ciclos, suficiente para empezar. Respira con normalidad, o continúa si quieres.</translation>
        </message>
        <message>
            <source>Paused. Continue whenever you like.</source>
            <translation>En pausa. Sigue cuando quieras.</translation>
        </message>
        <message>
            <source>Pause the breathing guide</source>
            <translation>Pausar la guía de respiración</translation>
        </message>
        <message>
            <source>Continue the breathing guide</source>
            <translation>Seguir con la guía de respiración</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pausa</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuar</translation>
        </message>
        <message>
            <source>Start the breathing guide</source>
            <translation>Empezar la guía de respiración</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Empezar</translation>
        </message>
        <message>
            <source>Breathe in… {seconds}</source>
            <translation>Inhala… {seconds}</translation>
        </message>
        <message>
            <source>Breathe out… {seconds}</source>
            <translation>Exhala… {seconds}</translation>
        </message>
        <message>
            <source>Rest… {seconds}</source>
            <translation>Espera sin inhalar… {seconds}</translation>
        </message>
        <message>
            <source>Hold… {seconds}</source>
            <translation>Sostén… {seconds}</translation>
        </message>
        <message>
            <source>Gentle 4-6</source>
            <translation>Suave 4-6</translation>
        </message>
        <message>
            <source>Slower out-breath 4-2-6</source>
            <translation>Exhalación más lenta 4-2-6</translation>
        </message>
        <message>
            <source>Box breathing 4-4-4-4</source>
            <translation>Respiración cuadrada 4-4-4-4</translation>
        </message>
        <message>
            <source>Relaxing breath 4-7-8</source>
            <translation>Respiración relajante 4-7-8</translation>
        </message>
        <message>
            <source>In for 4 seconds, out for 6. An easy place to start.</source>
            <translation>Inhala 4 segundos y exhala 6. Una forma sencilla de empezar.</translation>
        </message>
        <message>
            <source>In for 4 seconds, hold for 2, out for 6. A long out-breath helps your body slow down.</source>
            <translation>Inhala 4 segundos, sostén el aire 2 y exhala 6. Una exhalación larga ayuda a tu cuerpo a bajar el ritmo.</translation>
        </message>
        <message>
            <source>In, hold, out, hold: 4 seconds each. Steady and even.</source>
            <translation>Inhala, sostén, exhala, sostén: 4 segundos cada vez. Un ritmo parejo y constante.</translation>
        </message>
        <message>
            <source>In for 4 seconds, hold for 7, out for 8. Four rounds are enough to begin; if the hold feels too long or you feel light-headed, choose a gentler pace.</source>
            <translation>Inhala 4 segundos, retén el aire 7 y exhala 8. Para empezar bastan cuatro ciclos; si retener el aire se te hace largo o te mareas, elige un ritmo más suave.</translation>
        </message>
    </context>
    <context>
        <name>BreathingSteps</name>
        <message numerus="yes">
            <source>Breathe in for %n seconds</source>
            <translation>
                <numerusform>Inhala durante %n segundo</numerusform>
                <numerusform>Inhala durante %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Breathe out for %n seconds</source>
            <translation>
                <numerusform>Exhala durante %n segundo</numerusform>
                <numerusform>Exhala durante %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rest for %n seconds</source>
            <translation>
                <numerusform>Espera sin inhalar durante %n segundo</numerusform>
                <numerusform>Espera sin inhalar durante %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold for %n seconds</source>
            <translation>
                <numerusform>Sostén el aire durante %n segundo</numerusform>
                <numerusform>Sostén el aire durante %n segundos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BroughtBackPane</name>
        <message>
            <source>This was deleted on one of your devices while it was being changed on another, so it was kept. Keep it, or move it to the trash? From the trash you can still restore it.</source>
            <translation>Esto se borró en uno de tus dispositivos mientras se cambiaba en otro, así que se conservó. ¿Lo conservas o lo mueves a la papelera? Desde la papelera aún puedes recuperarlo.</translation>
        </message>
        <message>
            <source>What it says</source>
            <translation>Lo que dice</translation>
        </message>
        <message>
            <source>Nothing written here.</source>
            <translation>Aquí no hay nada escrito.</translation>
        </message>
        <message>
            <source>Keep &amp;it</source>
            <translation>Co&amp;nservar</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <source>&amp;Move to the trash</source>
            <translation>&amp;Mover a la papelera</translation>
        </message>
        <message>
            <source>Move it to the trash, where you can still restore it</source>
            <translation>Moverlo a la papelera, desde donde aún puedes recuperarlo</translation>
        </message>
        <message>
            <source>What it &amp;says</source>
            <translation>Lo que &amp;dice</translation>
        </message>
    </context>
    <context>
        <name>CareItems</name>
        <message>
            <source>Rest</source>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Movimiento</translation>
        </message>
        <message>
            <source>Time with people I trust</source>
            <translation>Tiempo con personas de confianza</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Naturaleza</translation>
        </message>
        <message>
            <source>Creative work</source>
            <translation>Trabajo creativo</translation>
        </message>
        <message>
            <source>Spiritual practice</source>
            <translation>Práctica espiritual</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Acompañamiento psicológico</translation>
        </message>
        <message>
            <source>Time off / a boundary kept</source>
            <translation>Tiempo libre / un límite respetado</translation>
        </message>
        <message>
            <source>A proper meal</source>
            <translation>Una buena comida</translation>
        </message>
        <message>
            <source>Trouble sleeping</source>
            <translation>Problemas para dormir</translation>
        </message>
        <message>
            <source>Irritability</source>
            <translation>Irritabilidad</translation>
        </message>
        <message>
            <source>Feeling numb</source>
            <translation>No sentir nada</translation>
        </message>
        <message>
            <source>Withdrawing from people</source>
            <translation>Alejarme de la gente</translation>
        </message>
        <message>
            <source>Exhaustion</source>
            <translation>Agotamiento</translation>
        </message>
        <message>
            <source>Always on alert</source>
            <translation>Siempre en alerta</translation>
        </message>
        <message>
            <source>Nightmares or unwanted memories</source>
            <translation>Pesadillas o recuerdos que vuelven sin querer</translation>
        </message>
        <message>
            <source>Hopelessness or cynicism</source>
            <translation>Desesperanza o cinismo</translation>
        </message>
        <message>
            <source>Drinking more than usual</source>
            <translation>Beber más de lo habitual</translation>
        </message>
        <message>
            <source>Body aches</source>
            <translation>Dolores en el cuerpo</translation>
        </message>
        <message>
            <source>Not being able to stop working</source>
            <translation>No poder dejar de trabajar</translation>
        </message>
        <message>
            <source>Peer-support circle</source>
            <translation>Círculo de apoyo entre pares</translation>
        </message>
        <message>
            <source>Counselling session</source>
            <translation>Sesión de acompañamiento psicológico</translation>
        </message>
        <message>
            <source>Team meeting</source>
            <translation>Reunión de equipo</translation>
        </message>
        <message>
            <source>Retreat or safe space</source>
            <translation>Retiro o espacio seguro</translation>
        </message>
        <message>
            <source>Online dialogue</source>
            <translation>Diálogo en línea</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>CareListEditor</name>
        <message>
            <source>activities</source>
            <translation>actividades</translation>
        </message>
        <message>
            <source>warning signs</source>
            <translation>señales de alerta</translation>
        </message>
        <message>
            <source>Your {things}</source>
            <translation>Tus {things}</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renombrar</translation>
        </message>
        <message>
            <source>Rename the chosen item</source>
            <translation>Renombrar el elemento elegido</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move the chosen item up</source>
            <translation>Subir el elemento elegido</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Move the chosen item down</source>
            <translation>Bajar el elemento elegido</translation>
        </message>
        <message>
            <source>&amp;Hide</source>
            <translation>&amp;Ocultar</translation>
        </message>
        <message>
            <source>Hide the chosen item</source>
            <translation>Ocultar el elemento elegido</translation>
        </message>
        <message>
            <source>A new name</source>
            <translation>Un nombre nuevo</translation>
        </message>
        <message>
            <source>Name of a new item</source>
            <translation>Nombre de un elemento nuevo</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Add the new item</source>
            <translation>Añadir el elemento nuevo</translation>
        </message>
        <message>
            <source>{name} (hidden)</source>
            <translation>{name} (oculto)</translation>
        </message>
        <message>
            <source>Hidden from the check-in and the editor</source>
            <translation>Oculto en el registro rápido y en el editor</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>&amp;Mostrar</translation>
        </message>
        <message>
            <source>Show the chosen item again</source>
            <translation>Volver a mostrar el elemento elegido</translation>
        </message>
    </context>
    <context>
        <name>CareListsDialog</name>
        <message>
            <source>My lists</source>
            <translation>Mis listas</translation>
        </message>
        <message>
            <source>These are the choices in your check-in and your entries. Hiding an item keeps it in the entries that already have it.</source>
            <translation>Estas son las opciones de tu registro rápido y de tus entradas. Ocultar un elemento lo conserva en las entradas que ya lo tienen.</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Listas</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>Lo que me ayuda</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Señales de alerta</translation>
        </message>
        <message>
            <source>Close my lists</source>
            <translation>Cerrar mis listas</translation>
        </message>
    </context>
    <context>
        <name>CarersList</name>
        <message>
            <source>Who would look after them</source>
            <translation>Quién las cuidaría</translation>
        </message>
        <message>
            <source>Add someone to look after &amp;them…</source>
            <translation>Añadir a alguien que las &amp;cuide…</translation>
        </message>
        <message>
            <source>Link someone from the director&amp;y…</source>
            <translation>&amp;Vincular a alguien del directorio…</translation>
        </message>
        <message>
            <source>Take off this l&amp;ist</source>
            <translation>Quitar de es&amp;ta lista</translation>
        </message>
        <message>
            <source>{name} is off this list (still in your directory).</source>
            <translation>{name} ya no está en esta lista (sigue en tu directorio).</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Put {name} back on this list</source>
            <translation>Volver a poner a {name} en esta lista</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>Sin número guardado</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>Changing your passphrase… this takes a moment.</source>
            <translation>Cambiando tu frase de contraseña… esto tarda un momento.</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>&amp;Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Your vault is encrypted again under the new passphrase. A recovery code, if you have one, keeps working. Backups made before still open with the passphrase they had.</source>
            <translation>Tu bóveda se vuelve a cifrar con la frase de contraseña nueva. Si tienes un código de recuperación, sigue funcionando. Las copias de seguridad hechas antes se siguen abriendo con la frase de contraseña que tenían.</translation>
        </message>
        <message>
            <source>Type your current passphrase first.</source>
            <translation>Primero escribe tu frase de contraseña actual.</translation>
        </message>
    </context>
    <context>
        <name>ChartImageSaver</name>
        <message>
            <source>Save the charts as an image?</source>
            <translation>¿Guardar los gráficos como imagen?</translation>
        </message>
        <message>
            <source>The image will not be encrypted. Anyone who can open the file can see your stress and mood over time. Save it only where you trust, and delete it when you no longer need it.

Save the image?</source>
            <translation>La imagen no estará cifrada. Cualquiera que pueda abrir el archivo verá tu estrés y tu ánimo a lo largo del tiempo. Guárdala solo en un lugar de confianza y bórrala cuando ya no la necesites.

¿Guardar la imagen?</translation>
        </message>
        <message>
            <source>Save the charts as an image</source>
            <translation>Guardar los gráficos como imagen</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>The image was not saved</source>
            <translation>La imagen no se guardó</translation>
        </message>
        <message>
            <source>The image could not be saved, and nothing was written. Check that the folder exists and that you are allowed to write to it, then try again.</source>
            <translation>No se pudo guardar la imagen y no se escribió nada. Comprueba que la carpeta existe y que puedes escribir en ella, e inténtalo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>CheckInCard</name>
        <message>
            <source>Check in</source>
            <translation>Registro rápido</translation>
        </message>
        <message>
            <source>Every part is optional. Enter saves.</source>
            <translation>Todo es opcional. Intro guarda.</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>Lo que hice por mí</translation>
        </message>
        <message>
            <source>Edit my list of activities</source>
            <translation>Editar mi lista de actividades</translation>
        </message>
        <message>
            <source>One line, if you like</source>
            <translation>Una línea, si quieres</translation>
        </message>
        <message>
            <source>One line about today</source>
            <translation>Una línea sobre hoy</translation>
        </message>
        <message>
            <source>&amp;Edit my lists…</source>
            <translation>&amp;Editar mis listas…</translation>
        </message>
        <message>
            <source>&amp;Save check-in</source>
            <translation>&amp;Guardar registro</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>Guardar el registro rápido</translation>
        </message>
        <message>
            <source>What did you do for yourself?</source>
            <translation>¿Qué hiciste por ti?</translation>
        </message>
        <message>
            <source>How stressed do you feel right now?</source>
            <translation>¿Cuánto estrés sientes ahora?</translation>
        </message>
        <message>
            <source>How is your mood?</source>
            <translation>¿Cómo está tu ánimo?</translation>
        </message>
        <message>
            <source>Choose a number, an activity or write a line first.</source>
            <translation>Primero elige un número, una actividad o escribe una línea.</translation>
        </message>
        <message>
            <source>Saved again at {time}.</source>
            <translation>Guardado de nuevo a las {time}.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>The check-in could not be saved. {reason}</source>
            <translation>No se pudo guardar el registro. {reason}</translation>
        </message>
    </context>
    <context>
        <name>CodeCard</name>
        <message>
            <source>Your pairing code</source>
            <translation>Tu código de emparejamiento</translation>
        </message>
        <message>
            <source>Write this down or print it, and keep it safe: anyone with this code and the folder can read what you sync. You can see it again later in Sync, after your passphrase.</source>
            <translation>Anótalo o imprímelo, y guárdalo en un lugar seguro: cualquiera que tenga este código y la carpeta puede leer lo que sincronizas. Puedes volver a verlo más tarde en Sincronización, tras escribir tu frase de contraseña.</translation>
        </message>
        <message>
            <source>On your other device, open Sync, choose “Join another device’s sync”, pick the same folder and type this code.</source>
            <translation>En tu otro dispositivo, abre Sincronización, elige «Unirse a la sincronización de otro dispositivo», escoge la misma carpeta y escribe este código.</translation>
        </message>
        <message>
            <source>Cop&amp;y the code</source>
            <translation>Cop&amp;iar el código</translation>
        </message>
        <message>
            <source>Copy the pairing code</source>
            <translation>Copiar el código de emparejamiento</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>Lis&amp;to</translation>
        </message>
        <message>
            <source>Done: hide the pairing code</source>
            <translation>Listo: ocultar el código de emparejamiento</translation>
        </message>
        <message>
            <source>Pairing code: {code}</source>
            <translation>Código de emparejamiento: {code}</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard is emptied in %n seconds.</source>
            <translation>
                <numerusform>Copiado. El portapapeles se vacía en %n segundo.</numerusform>
                <numerusform>Copiado. El portapapeles se vacía en %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommonReactionsDialog</name>
        <message>
            <source>What many people feel afterwards</source>
            <translation>Lo que muchas personas sienten después</translation>
        </message>
        <message>
            <source>After something frightening or very hard, most people notice changes in themselves in the days and weeks that follow. These are common reactions to something that should not have happened. They do not mean that something is wrong with you.</source>
            <translation>Después de algo que da miedo o que es muy difícil, la mayoría de las personas nota cambios en sí misma en los días y semanas siguientes. Son reacciones comunes ante algo que no debió pasar. No significan que algo ande mal contigo.</translation>
        </message>
        <message>
            <source>What many people notice</source>
            <translation>Lo que muchas personas notan</translation>
        </message>
        <message>
            <source>Trouble sleeping, or waking often</source>
            <translation>Dificultad para dormir, o despertarse a menudo</translation>
        </message>
        <message>
            <source>Startling easily, or feeling on edge</source>
            <translation>Sobresaltarse con facilidad, o estar en alerta</translation>
        </message>
        <message>
            <source>Getting irritable or angry more quickly</source>
            <translation>Irritarse o enojarse con más facilidad</translation>
        </message>
        <message>
            <source>Feeling numb, flat or far away</source>
            <translation>No sentir nada, o sentir que todo está lejos</translation>
        </message>
        <message>
            <source>Feeling guilty, or blaming yourself</source>
            <translation>Sentir culpa, o culparse</translation>
        </message>
        <message>
            <source>Feeling tired, even after rest</source>
            <translation>Cansancio, incluso después de descansar</translation>
        </message>
        <message>
            <source>Trouble concentrating or remembering things</source>
            <translation>Dificultad para concentrarse o recordar cosas</translation>
        </message>
        <message>
            <source>Not everyone feels all of these, and some people feel very little; that is common too. For most people they ease little by little over the following weeks. Some days will be harder than others.</source>
            <translation>No todas las personas sienten todo esto, y algunas sienten muy poco; eso también es común. Para la mayoría, va pasando poco a poco en las semanas siguientes. Habrá días más difíciles que otros.</translation>
        </message>
        <message>
            <source>What often helps</source>
            <translation>Lo que suele ayudar</translation>
        </message>
        <message>
            <source>Rest, even when sleep does not come easily</source>
            <translation>Descansar, aunque el sueño no llegue fácilmente</translation>
        </message>
        <message>
            <source>A simple routine: meals, water, a little movement</source>
            <translation>Una rutina sencilla: comidas, agua, un poco de movimiento</translation>
        </message>
        <message>
            <source>Time with people you trust. You do not have to talk about what happened.</source>
            <translation>Pasar tiempo con personas de confianza. No tienes que hablar de lo que pasó.</translation>
        </message>
        <message>
            <source>Grounding when it gets too much: slow breathing, or noticing what is around you</source>
            <translation>Un ejercicio de anclaje cuando es demasiado: respirar despacio, o fijarte en lo que hay a tu alrededor</translation>
        </message>
        <message>
            <source>Breaks from the news and from work, and going easy on alcohol</source>
            <translation>Pausas de las noticias y del trabajo, y moderar el alcohol</translation>
        </message>
        <message>
            <source>&amp;Breathe and ground</source>
            <translation>&amp;Respirar y anclarme</translation>
        </message>
        <message>
            <source>Breathe and ground</source>
            <translation>Respirar y anclarme</translation>
        </message>
        <message>
            <source>Breathing and grounding exercises (Ctrl+G)</source>
            <translation>Ejercicios de respiración y de anclaje (Ctrl+G)</translation>
        </message>
        <message>
            <source>When talking with someone trained is worth it</source>
            <translation>Cuándo vale la pena hablar con alguien con formación</translation>
        </message>
        <message>
            <source>A counsellor, a doctor or another trained person you trust can help, and asking for that is a way of looking after yourself. It is worth it if:</source>
            <translation>Una persona de acompañamiento psicológico, personal de salud u otra persona con formación en quien confíes puede ayudarte, y pedirlo es una forma de cuidarte. Vale la pena si:</translation>
        </message>
        <message>
            <source>these reactions are still strong after a few weeks, or getting worse</source>
            <translation>estas reacciones siguen siendo fuertes después de unas semanas, o empeoran</translation>
        </message>
        <message>
            <source>you cannot work, or cannot look after yourself or the people who depend on you</source>
            <translation>no puedes trabajar, o no puedes cuidarte ni cuidar a quienes dependen de ti</translation>
        </message>
        <message>
            <source>you are drinking or using more than usual to get through the day</source>
            <translation>estás bebiendo o consumiendo más de lo habitual para sobrellevar el día</translation>
        </message>
        <message>
            <source>If you are thinking about hurting yourself, please reach one of your people now, or a local crisis line.</source>
            <translation>Si estás pensando en hacerte daño, por favor comunícate ahora con una de tus personas de confianza o con una línea de crisis local.</translation>
        </message>
        <message>
            <source>&amp;Reach someone now</source>
            <translation>&amp;Contactar a alguien ya</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>Contactar a alguien ya</translation>
        </message>
        <message>
            <source>Your people for an emergency, then support (Ctrl+R)</source>
            <translation>Tus personas para una emergencia y, después, apoyo (Ctrl+R)</translation>
        </message>
        <message>
            <source>Close this page</source>
            <translation>Cerrar esta página</translation>
        </message>
    </context>
    <context>
        <name>CommonReactionsLink</name>
        <message>
            <source>&amp;What many people feel afterwards</source>
            <translation>Lo que &amp;muchas personas sienten después</translation>
        </message>
        <message>
            <source>Read what many people feel in the days and weeks after something hard</source>
            <translation>Leer lo que muchas personas sienten en los días y semanas después de algo difícil</translation>
        </message>
        <message>
            <source>Read: what many people feel &amp;afterwards</source>
            <translation>Leer: lo que muchas personas sienten &amp;después</translation>
        </message>
    </context>
    <context>
        <name>ConfirmAddDialog</name>
        <message>
            <source>Add {name}?</source>
            <translation>¿Añadir a {name}?</translation>
        </message>
        <message>
            <source>Ask {name} to read you the fingerprint of her member key. Add her only if every group matches.</source>
            <translation>Pide a {name} que te lea la huella de su clave de miembro. Añade esa clave solo si coinciden todos los grupos.</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Huella: {fingerprint}</translation>
        </message>
        <message>
            <source>&amp;Add to the team</source>
            <translation>&amp;Añadir al equipo</translation>
        </message>
        <message>
            <source>Add {name} to the team</source>
            <translation>Añadir a {name} al equipo</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPassphraseDialog</name>
        <message>
            <source>Confirm with your passphrase</source>
            <translation>Confirma con tu frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmar</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>ContactRow</name>
        <message>
            <source>Contact type</source>
            <translation>Tipo de contacto</translation>
        </message>
        <message>
            <source>Phone number, address or handle</source>
            <translation>Número de teléfono, dirección o usuario</translation>
        </message>
        <message>
            <source>Number, address or handle</source>
            <translation>Número, dirección o usuario</translation>
        </message>
        <message>
            <source>Contact label</source>
            <translation>Etiqueta del contacto</translation>
        </message>
        <message>
            <source>Label, e.g. 24-hour line</source>
            <translation>Etiqueta, p. ej. línea 24 horas</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Qui&amp;tar</translation>
        </message>
        <message>
            <source>Remove this contact method</source>
            <translation>Quitar esta forma de contacto</translation>
        </message>
    </context>
    <context>
        <name>ContactsInput</name>
        <message>
            <source>Search your directory</source>
            <translation>Buscar en tu directorio</translation>
        </message>
        <message>
            <source>Search your directory for people to add</source>
            <translation>Buscar en tu directorio a quién añadir</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>People and organisations in your directory; Enter adds one</source>
            <translation>Personas y organizaciones de tu directorio; Intro añade una</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>Aña&amp;dir</translation>
        </message>
        <message>
            <source>Add na&amp;me</source>
            <translation>Añadir &amp;nombre</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Add the one chosen in the list</source>
            <translation>Añadir la elegida en la lista</translation>
        </message>
        <message>
            <source>Or type any name</source>
            <translation>O escribe cualquier nombre</translation>
        </message>
        <message>
            <source>A name to add</source>
            <translation>Un nombre para añadir</translation>
        </message>
        <message>
            <source>Add the name you typed</source>
            <translation>Añadir el nombre que escribiste</translation>
        </message>
        <message>
            <source>From your directory</source>
            <translation>De tu directorio</translation>
        </message>
        <message>
            <source>You chose:</source>
            <translation>Elegiste:</translation>
        </message>
        <message>
            <source>Nobody chosen yet.</source>
            <translation>Todavía no elegiste a nadie.</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Quitar a {name}</translation>
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
            <translation>Crea tu bóveda</translation>
        </message>
        <message>
            <source>Everything you keep in Wellbeing Desk is encrypted with one passphrase. Choose a few words that only you know and can remember.</source>
            <translation>Todo lo que guardas en Wellbeing Desk se cifra con una sola frase de contraseña. Elige unas cuantas palabras que solo tú conozcas y puedas recordar.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Repite la frase de contraseña</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>Las dos frases de contraseña todavía no son iguales.</translation>
        </message>
        <message>
            <source>This passphrase is weak. Use it anyway.</source>
            <translation>Esta frase de contraseña es débil. Usarla de todos modos.</translation>
        </message>
        <message>
            <source>Use the weak passphrase anyway</source>
            <translation>Usar la frase de contraseña débil de todos modos</translation>
        </message>
        <message>
            <source>Important: if you forget this passphrase, nobody can recover your vault, not even the people who make Wellbeing Desk. Keep a copy somewhere safe if you need one.</source>
            <translation>Importante: si olvidas esta frase de contraseña, nadie podrá recuperar tu bóveda, ni siquiera quienes hacen Wellbeing Desk. Si necesitas una copia, guárdala en un lugar seguro.</translation>
        </message>
        <message>
            <source>&amp;Create vault</source>
            <translation>&amp;Crear bóveda</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Crear bóveda</translation>
        </message>
        <message>
            <source>Creating your vault… this takes a moment.</source>
            <translation>Creando tu bóveda… tarda un momento.</translation>
        </message>
        <message>
            <source>Have a backup? &amp;Restore it…</source>
            <translation>¿Tienes una copia? &amp;Restáurala…</translation>
        </message>
        <message>
            <source>Restore a backup instead</source>
            <translation>Restaurar una copia de seguridad en su lugar</translation>
        </message>
        <message>
            <source>Type a passphrase first.</source>
            <translation>Primero escribe una frase de contraseña.</translation>
        </message>
        <message numerus="yes">
            <source>Not created: the passphrase is too short. Use at least %n characters.</source>
            <translation>
                <numerusform>No se creó: la frase de contraseña es demasiado corta. Usa al menos %n carácter.</numerusform>
                <numerusform>No se creó: la frase de contraseña es demasiado corta. Usa al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not created yet: type the passphrase a second time, below.</source>
            <translation>Todavía no se creó: escribe la frase de contraseña por segunda vez, abajo.</translation>
        </message>
        <message>
            <source>Not created: the two passphrases are not the same yet.</source>
            <translation>No se creó: las dos frases de contraseña todavía no coinciden.</translation>
        </message>
        <message>
            <source>Not created: this passphrase is weak. Add a few more words, or tick the box below to use it anyway.</source>
            <translation>No se creó: esta frase de contraseña es débil. Añade unas palabras más o marca la casilla de abajo para usarla de todos modos.</translation>
        </message>
    </context>
    <context>
        <name>CreateTeamDialog</name>
        <message>
            <source>Create a team space</source>
            <translation>Crear un espacio de equipo</translation>
        </message>
        <message>
            <source>A team space keeps the directory entries you share with your team. You create it, then add each person with their member key.</source>
            <translation>Un espacio de equipo guarda las entradas del directorio que compartes con tu equipo. Lo creas y luego añades a cada persona con su clave de miembro.</translation>
        </message>
        <message>
            <source>Team name</source>
            <translation>Nombre del equipo</translation>
        </message>
        <message>
            <source>Your name in the team</source>
            <translation>Tu nombre en el equipo</translation>
        </message>
        <message>
            <source>Team &amp;name</source>
            <translation>&amp;Nombre del equipo</translation>
        </message>
        <message>
            <source>&amp;Your name in the team</source>
            <translation>T&amp;u nombre en el equipo</translation>
        </message>
        <message>
            <source>How the others in the team know you: they see it in the list of members.</source>
            <translation>Cómo te conocen las demás personas del equipo: lo ven en la lista de miembros.</translation>
        </message>
        <message>
            <source>&amp;Create the team space</source>
            <translation>&amp;Crear el espacio de equipo</translation>
        </message>
        <message>
            <source>Create the team space</source>
            <translation>Crear el espacio de equipo</translation>
        </message>
        <message>
            <source>Choose the folder the team shares</source>
            <translation>Elige la carpeta que comparte el equipo</translation>
        </message>
    </context>
    <context>
        <name>DebriefExportDialog</name>
        <message>
            <source>Export this debrief</source>
            <translation>Exportar este repaso</translation>
        </message>
        <message>
            <source>It holds this debrief's summary: your answers and your follow-up actions. You will be asked for your passphrase before anything is written.</source>
            <translation>Contiene el resumen de este repaso: tus respuestas y tus acciones de seguimiento. Se te pedirá tu frase de contraseña antes de escribir nada.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Export the debrief</source>
            <translation>Exportar el repaso</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save the export</source>
            <translation>Guardar la exportación</translation>
        </message>
        <message>
            <source>Debrief: {title}</source>
            <translation>Repaso: {title}</translation>
        </message>
        <message>
            <source>Started {start} · finished {end}</source>
            <translation>Empezado el {start} · terminado el {end}</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Acciones de seguimiento</translation>
        </message>
        <message>
            <source>Nothing was written down in this debrief.</source>
            <translation>En este repaso no se anotó nada.</translation>
        </message>
    </context>
    <context>
        <name>DebriefHome</name>
        <message>
            <source>Debrief</source>
            <translation>Repaso</translation>
        </message>
        <message>
            <source>A quiet space to look after yourself after something hard: a raid, a threat, a colleague's arrest, a difficult testimony. Go at your own pace. Every question can be skipped, and you can pause at any time; what you write stays encrypted on this computer.</source>
            <translation>Un espacio tranquilo para cuidarte después de algo difícil: un allanamiento, una amenaza, la detención de alguien de tu equipo, un testimonio duro. Ve a tu ritmo. Puedes saltarte cualquier pregunta y hacer una pausa cuando quieras; lo que escribes queda cifrado en esta computadora.</translation>
        </message>
        <message>
            <source>This is not therapy. Only the security review asks what happened, and only the facts; you can leave those questions out or skip any question. If things feel like too much, or weeks later you still can't sleep, feel on edge or feel numb, talking with someone trained can help.</source>
            <translation>Esto no es terapia. Solo la revisión de seguridad pregunta qué pasó, y solo por los hechos; puedes dejar fuera esas preguntas o saltarte cualquiera. Si sientes que es demasiado, o si semanas después sigues sin dormir bien, en alerta o sin sentir nada, hablar con alguien con formación puede ayudarte.</translation>
        </message>
        <message>
            <source>See counselling, trauma care, peer support and helplines in your directory</source>
            <translation>Ver acompañamiento psicológico, atención al trauma, apoyo entre pares y líneas de ayuda en tu directorio</translation>
        </message>
        <message>
            <source>Open the breathing and grounding exercises</source>
            <translation>Abrir los ejercicios de respiración y de anclaje</translation>
        </message>
        <message>
            <source>Continue where you left off</source>
            <translation>Continúa donde lo dejaste</translation>
        </message>
        <message>
            <source>&amp;See support in your directory</source>
            <translation>&amp;Ver apoyo en tu directorio</translation>
        </message>
        <message>
            <source>&amp;Breathe and ground yourself</source>
            <translation>&amp;Respirar y hacer un ejercicio de anclaje</translation>
        </message>
        <message>
            <source>&amp;Manage templates…</source>
            <translation>&amp;Gestionar plantillas…</translation>
        </message>
        <message>
            <source>Manage templates: duplicate, edit, write your own, import and export</source>
            <translation>Gestionar plantillas: duplicar, editar, escribir las tuyas, importar y exportar</translation>
        </message>
        <message>
            <source>Start a debrief</source>
            <translation>Empezar un repaso</translation>
        </message>
        <message>
            <source>Choose the one that fits. You can stop or skip at any point.</source>
            <translation>Elige el que te encaje. Puedes parar o saltarte preguntas en cualquier momento.</translation>
        </message>
        <message>
            <source>Finished debriefs</source>
            <translation>Repasos terminados</translation>
        </message>
        <message>
            <source>Debriefs you moved to the trash: bring them back or remove them for good</source>
            <translation>Repasos que moviste a la papelera: recupéralos o elimínalos definitivamente</translation>
        </message>
        <message>
            <source>Trash ({count})</source>
            <translation>Papelera ({count})</translation>
        </message>
        <message>
            <source>Open the trash ({count})</source>
            <translation>Abrir la papelera ({count})</translation>
        </message>
        <message>
            <source>Open the trash</source>
            <translation>Abrir la papelera</translation>
        </message>
    </context>
    <context>
        <name>DebriefPage</name>
        <message>
            <source>Your debrief was kept when Wellbeing Desk locked.</source>
            <translation>Tu repaso se guardó cuando Wellbeing Desk se bloqueó.</translation>
        </message>
        <message>
            <source>Continue it</source>
            <translation>Continuarlo</translation>
        </message>
        <message>
            <source>Continue the debrief you were in</source>
            <translation>Continuar el repaso en el que estabas</translation>
        </message>
        <message>
            <source>Your debrief is kept. Continue it here whenever you like.</source>
            <translation>Tu repaso está guardado. Continúalo aquí cuando quieras.</translation>
        </message>
        <message>
            <source>Exported to {file}. The file is not encrypted.</source>
            <translation>Exportado a {file}. El archivo no está cifrado.</translation>
        </message>
        <message>
            <source>Debrief moved to the trash.</source>
            <translation>El repaso se movió a la papelera.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo: bring the debrief back</source>
            <translation>Deshacer: recuperar el repaso</translation>
        </message>
        <message>
            <source>Bring it back (Ctrl+Z)</source>
            <translation>Recuperarlo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>“{title}” is back with your debriefs.</source>
            <translation>«{title}» está de nuevo entre tus repasos.</translation>
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation>¿Vaciar la papelera?</translation>
        </message>
        <message>
            <source>Remove every debrief in the trash for good? This cannot be undone: their answers and follow-up actions are deleted.</source>
            <translation>¿Eliminar definitivamente todos los repasos de la papelera? No se puede deshacer: se borran sus respuestas y sus acciones de seguimiento.</translation>
        </message>
        <message>
            <source>The trash was emptied.</source>
            <translation>Se vació la papelera.</translation>
        </message>
        <message>
            <source>This debrief no longer exists.</source>
            <translation>Este repaso ya no existe.</translation>
        </message>
        <message>
            <source>This debrief could not be opened: its saved copy is damaged.</source>
            <translation>No se pudo abrir este repaso: su copia guardada está dañada.</translation>
        </message>
    </context>
    <context>
        <name>DebriefPlanLink</name>
        <message>
            <source>&amp;Who looks after the people who depend on me…</source>
            <translation>&amp;Quién cuida de las personas que dependen de mí…</translation>
        </message>
        <message>
            <source>Open my plan: who looks after the people who depend on me</source>
            <translation>Abrir mi plan: quién cuida de las personas que dependen de mí</translation>
        </message>
    </context>
    <context>
        <name>DebriefRow</name>
        <message>
            <source>Finished {date}</source>
            <translation>Terminado el {date}</translation>
        </message>
        <message>
            <source>Started {date}</source>
            <translation>Empezado el {date}</translation>
        </message>
        <message>
            <source>View summary</source>
            <translation>Ver el resumen</translation>
        </message>
        <message>
            <source>View the summary of “{title}”, finished {date}</source>
            <translation>Ver el resumen de «{title}», terminado el {date}</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Continue “{title}”, started {date}</source>
            <translation>Continuar «{title}», empezado el {date}</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>Mover a la papelera</translation>
        </message>
        <message>
            <source>Move “{title}” from {date} to the trash</source>
            <translation>Mover «{title}» del {date} a la papelera</translation>
        </message>
        <message>
            <source>distress {before} → {after}</source>
            <translation>malestar {before} → {after}</translation>
        </message>
        <message>
            <source>Distress {before} at the start and {after} at the end.</source>
            <translation>Malestar {before} al empezar y {after} al terminar.</translation>
        </message>
        <message>
            <source>distress {before} at the start</source>
            <translation>malestar {before} al empezar</translation>
        </message>
        <message>
            <source>Distress {before} at the start.</source>
            <translation>Malestar {before} al empezar.</translation>
        </message>
    </context>
    <context>
        <name>DebriefSession</name>
        <message>
            <source>Your debrief could not be saved just now. {reason}</source>
            <translation>Tu repaso no se pudo guardar ahora mismo. {reason}</translation>
        </message>
    </context>
    <context>
        <name>DebriefWizard</name>
        <message>
            <source>&amp;Take a moment</source>
            <translation>Tomarme un &amp;momento</translation>
        </message>
        <message>
            <source>Take a moment: a breathing or grounding exercise</source>
            <translation>Tomarme un momento: un ejercicio de respiración o de anclaje</translation>
        </message>
        <message>
            <source>Breathing and grounding exercises (Ctrl+G)</source>
            <translation>Ejercicios de respiración y de anclaje (Ctrl+G)</translation>
        </message>
        <message>
            <source>About the event itself — only if you want to</source>
            <translation>Sobre lo que pasó: solo si tú quieres</translation>
        </message>
        <message>
            <source>&amp;Pause and come back later</source>
            <translation>&amp;Pausar y volver más tarde</translation>
        </message>
        <message>
            <source>Pause: your debrief is kept and you can come back to it later</source>
            <translation>Pausar: tu repaso se guarda y puedes volver a él más tarde</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Volver al paso anterior</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>&amp;Saltar</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>Saltar este paso</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>Si&amp;guiente</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Paso siguiente</translation>
        </message>
        <message>
            <source>Next (Ctrl+Enter)</source>
            <translation>Siguiente (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Step {number} of {total}</source>
            <translation>Paso {number} de {total}</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminar</translation>
        </message>
        <message>
            <source>Finish and see the summary</source>
            <translation>Terminar y ver el resumen</translation>
        </message>
    </context>
    <context>
        <name>DestroyVault</name>
        <message>
            <source>Backups you made (backup files, copies of the vault folder, backup drives) still open with the passphrase they had. Destroy them too.</source>
            <translation>Las copias de seguridad que hiciste (archivos de copia, copias de la carpeta de la bóveda, discos de copia) se siguen abriendo con la frase de contraseña que tenían. Destrúyelas también.</translation>
        </message>
        <message>
            <source>Exports (JSON, Markdown, CSV, vCard) are not encrypted and are not touched. Delete them where you saved them.</source>
            <translation>Las exportaciones (JSON, Markdown, CSV, vCard) no están cifradas y no se tocan. Bórralas donde las guardaste.</translation>
        </message>
        <message>
            <source>Sync folders, the WebDAV server and your other paired devices keep their own encrypted copies. Destroy the vault on each device and empty the sync folder.</source>
            <translation>Las carpetas de sincronización, el servidor WebDAV y tus otros dispositivos vinculados guardan sus propias copias cifradas. Destruye la bóveda en cada dispositivo y vacía la carpeta de sincronización.</translation>
        </message>
        <message>
            <source>SSDs, USB sticks, memory cards, snapshots and cloud version history may keep old blocks. Those blocks are encrypted: without a key they are noise.</source>
            <translation>Los discos SSD, las memorias USB, las tarjetas de memoria, las instantáneas y el historial de versiones en la nube pueden guardar bloques antiguos. Esos bloques están cifrados: sin una clave son ruido.</translation>
        </message>
        <message>
            <source>Anyone who kept a copy of this vault's folder and knows the passphrase (or a recovery code) can still open their copy.</source>
            <translation>Quien haya guardado una copia de la carpeta de esta bóveda y conozca la frase de contraseña (o un código de recuperación) todavía puede abrir su copia.</translation>
        </message>
        <message>
            <source>The vault was destroyed: every key that opened it was overwritten, then its files were removed from this computer.</source>
            <translation>La bóveda se destruyó: se sobrescribieron todas las claves que la abrían y luego se quitaron sus archivos de esta computadora.</translation>
        </message>
        <message>
            <source>Some of the vault's files could not be overwritten or removed: {files}. Look at the folder, and remove them yourself if they are still there.</source>
            <translation>Algunos archivos de la bóveda no se pudieron sobrescribir ni quitar: {files}. Revisa la carpeta y quítalos tú si siguen ahí.</translation>
        </message>
        <message>
            <source>Other files in the vault's folder are not part of the vault and were left as they were: {files}.</source>
            <translation>Otros archivos de la carpeta de la bóveda no son parte de ella y se dejaron como estaban: {files}.</translation>
        </message>
        <message>
            <source>What this did not reach:</source>
            <translation>Lo que esto no alcanzó:</translation>
        </message>
    </context>
    <context>
        <name>DestroyVaultDialog</name>
        <message>
            <source>Destroy this vault</source>
            <translation>Destruir esta bóveda</translation>
        </message>
        <message>
            <source>destroy</source>
            <translation>destruir</translation>
        </message>
        <message>
            <source>This destroys every key that opens this vault (your passphrase's and the recovery code's), then removes the vault's files from this computer. Nobody can open it again, you included. It cannot be undone.</source>
            <translation>Esto destruye todas las claves que abren esta bóveda (la de tu frase de contraseña y la del código de recuperación) y luego quita los archivos de la bóveda de esta computadora. Nadie podrá volver a abrirla, tampoco tú. No se puede deshacer.</translation>
        </message>
        <message>
            <source>What this cannot reach:</source>
            <translation>Lo que esto no puede alcanzar:</translation>
        </message>
        <message>
            <source>If you only need Wellbeing Desk out of sight, lock it instead (Lock and minimise): nothing is lost.</source>
            <translation>Si solo necesitas que Wellbeing Desk no se vea, mejor bloquéalo (Bloquear y minimizar): no se pierde nada.</translation>
        </message>
        <message>
            <source>C&amp;ontinue…</source>
            <translation>C&amp;ontinuar…</translation>
        </message>
        <message>
            <source>Continue to the last step</source>
            <translation>Continuar al último paso</translation>
        </message>
        <message>
            <source>Cancel: keep the vault</source>
            <translation>Cancelar: conservar la bóveda</translation>
        </message>
        <message>
            <source>Destroy this vault?</source>
            <translation>¿Destruir esta bóveda?</translation>
        </message>
        <message>
            <source>To destroy the vault, type “{word}” below and press the red button.</source>
            <translation>Para destruir la bóveda, escribe «{word}» abajo y pulsa el botón rojo.</translation>
        </message>
        <message>
            <source>Type {word} to confirm</source>
            <translation>Escribe {word} para confirmar</translation>
        </message>
        <message>
            <source>&amp;Destroy this vault</source>
            <translation>&amp;Destruir esta bóveda</translation>
        </message>
        <message>
            <source>Destroy this vault for good</source>
            <translation>Destruir esta bóveda para siempre</translation>
        </message>
    </context>
    <context>
        <name>DevicesView</name>
        <message>
            <source>Other devices</source>
            <translation>Otros dispositivos</translation>
        </message>
        <message>
            <source>Nothing received from another device yet.</source>
            <translation>Todavía no se ha recibido nada de otro dispositivo.</translation>
        </message>
        <message>
            <source>{device}: last file applied {when}</source>
            <translation>{device}: último archivo aplicado el {when}</translation>
        </message>
        <message>
            <source>&amp;Forget…</source>
            <translation>&amp;Olvidar…</translation>
        </message>
        <message>
            <source>Forget device {device}</source>
            <translation>Olvidar el dispositivo {device}</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDetail</name>
        <message>
            <source>Mark as a favourite (Ctrl+D)</source>
            <translation>Marcar como favorita (Ctrl+D)</translation>
        </message>
        <message>
            <source>Edit this entry</source>
            <translation>Editar esta entrada</translation>
        </message>
        <message>
            <source>Edit this entry (Enter in the list)</source>
            <translation>Editar esta entrada (Intro en la lista)</translation>
        </message>
        <message>
            <source>Delete this entry</source>
            <translation>Eliminar esta entrada</translation>
        </message>
        <message>
            <source>Delete this entry; you can undo it (Delete)</source>
            <translation>Eliminar esta entrada; puedes deshacerlo (Supr)</translation>
        </message>
        <message>
            <source>I checked this entry today</source>
            <translation>Comprobé esta entrada hoy</translation>
        </message>
        <message>
            <source>Records today as the day you checked these details yourself</source>
            <translation>Guarda hoy como el día en que comprobaste estos datos por tu cuenta</translation>
        </message>
        <message>
            <source>&amp;Share with a team…</source>
            <translation>Com&amp;partir con un equipo…</translation>
        </message>
        <message>
            <source>Share a copy of this entry with a team</source>
            <translation>Compartir una copia de esta entrada con un equipo</translation>
        </message>
        <message>
            <source>Asks first. Your own entry stays as it is; your notes are not shared</source>
            <translation>Primero te pregunta. Tu entrada queda como está; tus notas no se comparten</translation>
        </message>
        <message>
            <source>Keep a &amp;copy as mine</source>
            <translation>&amp;Guardar una copia para mí</translation>
        </message>
        <message>
            <source>Keep a copy of this team entry as mine</source>
            <translation>Guardar para mí una copia de esta entrada del equipo</translation>
        </message>
        <message>
            <source>Adds your own copy to your directory; the team's entry stays as it is</source>
            <translation>Añade tu propia copia a tu directorio; la entrada del equipo queda como está</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Cómo contactar</translation>
        </message>
        <message>
            <source>Notes this entry takes part in</source>
            <translation>Notas en las que aparece este contacto</translation>
        </message>
        <message>
            <source>Most secure way to reach them</source>
            <translation>La forma más segura de contactar</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regiones</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>Quién puede acudir</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Con experiencia con personas defensoras</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>Última comprobación</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Notas de seguridad</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>Mis notas</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>The team {team}</source>
            <translation>El equipo {team}</translation>
        </message>
        <message>
            <source>A team</source>
            <translation>Un equipo</translation>
        </message>
        <message>
            <source>From a team. Changes you make here reach everyone in the team at its next sync. Your notes on it stay yours.</source>
            <translation>De un equipo. Los cambios que hagas aquí llegan a todo el equipo en su próxima sincronización. Tus notas sobre ella siguen siendo solo tuyas.</translation>
        </message>
        <message>
            <source>From the team {team}. Changes you make here reach everyone in the team at its next sync. Your notes on it stay yours.</source>
            <translation>Del equipo {team}. Los cambios que hagas aquí llegan a todo el equipo en su próxima sincronización. Tus notas sobre ella siguen siendo solo tuyas.</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Abierto ahora</translation>
        </message>
        <message>
            <source>Closed now</source>
            <translation>Cerrado ahora</translation>
        </message>
        <message>
            <source>The starter directory, with your changes</source>
            <translation>El directorio inicial, con tus cambios</translation>
        </message>
        <message>
            <source>The starter directory</source>
            <translation>El directorio inicial</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importada</translation>
        </message>
        <message>
            <source>Added by you</source>
            <translation>Añadida por ti</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it.</source>
            <translation>Del directorio inicial: compruébalo antes de confiar en ello.</translation>
        </message>
        <message>
            <source>★ &amp;Favourite</source>
            <translation>★ &amp;Favorita</translation>
        </message>
        <message>
            <source>☆ Mark as &amp;favourite</source>
            <translation>☆ Marcar como &amp;favorita</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it (checked {date}).</source>
            <translation>Del directorio inicial: compruébalo antes de confiar en ello (comprobado el {date}).</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Eli&amp;minar</translation>
        </message>
        <message>
            <source>I chec&amp;ked this</source>
            <translation>Ya lo &amp;comprobé</translation>
        </message>
        <message>
            <source>From the starter directory — check before relying on it (from {source}, seen {date}).</source>
            <translation>Del directorio inicial: compruébalo antes de confiar en ello (según {source}, {date}).</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the {kind}</source>
            <translation>Copiar: {kind}</translation>
        </message>
        <message>
            <source>Copy to the clipboard; it is cleared after 30 seconds and on lock</source>
            <translation>Copiar al portapapeles; se borra a los 30 segundos y al bloquear</translation>
        </message>
        <message>
            <source>Write…</source>
            <translation>Escribir…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Write an email</source>
            <translation>Escribir un correo</translation>
        </message>
        <message>
            <source>Open the website</source>
            <translation>Abrir el sitio web</translation>
        </message>
        <message>
            <source>Asks first: this goes out over the internet</source>
            <translation>Pregunta antes: esto sale por internet</translation>
        </message>
        <message>
            <source>From {source}, seen {date}. Check before relying on it.</source>
            <translation>Según {source}, {date}. Compruébalo antes de confiar en ello.</translation>
        </message>
        <message>
            <source>{title} · {date}</source>
            <translation>{title} · {date}</translation>
        </message>
        <message>
            <source>Open the note “{title}” ({date})</source>
            <translation>Abrir la nota «{title}» ({date})</translation>
        </message>
        <message>
            <source>Favourite; press to unmark</source>
            <translation>Favorita; pulsa para quitar la marca</translation>
        </message>
        <message>
            <source>Mark as a favourite</source>
            <translation>Marcar como favorita</translation>
        </message>
    </context>
    <context>
        <name>DirectoryEditor</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Language codes, e.g. es, en, pt-BR</source>
            <translation>Códigos de idioma, p. ej. es, en, pt-BR</translation>
        </message>
        <message>
            <source>Language codes separated by commas: es, en, pt-BR</source>
            <translation>Códigos de idioma separados por comas: es, en, pt-BR</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regiones</translation>
        </message>
        <message>
            <source>Country codes, e.g. MX, CO, or worldwide</source>
            <translation>Códigos de país, p. ej. MX, CO, o worldwide</translation>
        </message>
        <message>
            <source>Two-letter country codes separated by commas, or the word worldwide</source>
            <translation>Códigos de país de dos letras separados por comas, o la palabra worldwide</translation>
        </message>
        <message>
            <source>&amp;Add a contact method</source>
            <translation>&amp;Añadir una forma de contacto</translation>
        </message>
        <message>
            <source>Add a contact method</source>
            <translation>Añadir una forma de contacto</translation>
        </message>
        <message>
            <source>Most secure way to reach them</source>
            <translation>La forma más segura de contactar</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>e.g. America/Mexico_City</source>
            <translation>p. ej. America/Mexico_City</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Who qualifies</source>
            <translation>Quién puede acudir</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Con experiencia con personas defensoras</translation>
        </message>
        <message>
            <source>Checked on</source>
            <translation>Comprobado el</translation>
        </message>
        <message>
            <source>I know when this was last checked</source>
            <translation>Sé cuándo se comprobó por última vez</translation>
        </message>
        <message>
            <source>Last checked</source>
            <translation>Última comprobación</translation>
        </message>
        <message>
            <source>Safety notes</source>
            <translation>Notas de seguridad</translation>
        </message>
        <message>
            <source>My notes</source>
            <translation>Mis notas</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorito</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>Save this entry</source>
            <translation>Guardar esta entrada</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel editing</source>
            <translation>Cancelar la edición</translation>
        </message>
        <message>
            <source>Close without saving (Escape)</source>
            <translation>Cerrar sin guardar (Escape)</translation>
        </message>
        <message>
            <source>Contact methods</source>
            <translation>Formas de contacto</translation>
        </message>
        <message>
            <source>Most secure way</source>
            <translation>La forma más segura</translation>
        </message>
        <message>
            <source>New directory entry</source>
            <translation>Nueva entrada del directorio</translation>
        </message>
        <message>
            <source>Edit directory entry</source>
            <translation>Editar entrada del directorio</translation>
        </message>
        <message>
            <source>This text is too long to keep; please shorten it.</source>
            <translation>Este texto es demasiado largo para guardarlo; acórtalo, por favor.</translation>
        </message>
        <message>
            <source>A field holds an invisible control character (pasted text can carry one). Retype the field or paste it again as plain text.</source>
            <translation>Un campo contiene un carácter de control invisible (el texto pegado puede traerlo). Vuelve a escribir el campo o pégalo otra vez como texto sin formato.</translation>
        </message>
        <message>
            <source>Please give the entry a name.</source>
            <translation>Ponle un nombre a la entrada, por favor.</translation>
        </message>
        <message>
            <source>Each contact method needs a number, address or handle.</source>
            <translation>Cada forma de contacto necesita un número, una dirección o un usuario.</translation>
        </message>
        <message>
            <source>Languages are written as codes such as es, en or pt-BR.</source>
            <translation>Los idiomas se escriben como códigos, por ejemplo es, en o pt-BR.</translation>
        </message>
        <message>
            <source>Regions are written as two-letter country codes such as MX, or worldwide.</source>
            <translation>Las regiones se escriben como códigos de país de dos letras, por ejemplo MX, o worldwide.</translation>
        </message>
        <message>
            <source>Please check the entry: something could not be saved.</source>
            <translation>Revisa la entrada: algo no se pudo guardar.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryExportDialog</name>
        <message>
            <source>Export the directory</source>
            <translation>Exportar el directorio</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Anyone who gets the file can read everything in it: names, numbers, addresses and your private notes. Keep it only where you trust, and delete it when it is no longer needed.</source>
            <translation>El archivo exportado no está cifrado. Cualquiera que lo obtenga puede leer todo su contenido: nombres, números, direcciones y tus notas privadas. Guárdalo solo en un lugar de confianza y bórralo cuando ya no haga falta.</translation>
        </message>
        <message>
            <source>It holds every entry of your directory (not the ones in the trash). You will be asked for your passphrase before anything is written.</source>
            <translation>Contiene todas las entradas de tu directorio (no las de la papelera). Se te pedirá tu frase de contraseña antes de escribir nada.</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Formato del archivo</translation>
        </message>
        <message>
            <source>vCard, for address books (.vcf)</source>
            <translation>vCard, para libretas de direcciones (.vcf)</translation>
        </message>
        <message>
            <source>CSV, for spreadsheets (.csv)</source>
            <translation>CSV, para hojas de cálculo (.csv)</translation>
        </message>
        <message>
            <source>JSON, everything, for other tools (.json)</source>
            <translation>JSON, todo, para otras herramientas (.json)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export without encryption?</source>
            <translation>¿Exportar sin cifrar?</translation>
        </message>
        <message>
            <source>The file will not be encrypted: anyone who gets it can read every entry, including your private notes. Export anyway?</source>
            <translation>El archivo no estará cifrado: cualquiera que lo obtenga podrá leer todas las entradas, incluidas tus notas privadas. ¿Exportar de todos modos?</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Archivos vCard (*.vcf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Save the directory</source>
            <translation>Guardar el directorio</translation>
        </message>
    </context>
    <context>
        <name>DirectoryFilterBar</name>
        <message>
            <source>Search names, places, languages, notes… (Ctrl+F)</source>
            <translation>Busca nombres, lugares, idiomas, notas… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Buscar en el directorio</translation>
        </message>
        <message>
            <source>Search every field as you type (Ctrl+F)</source>
            <translation>Busca en todos los campos mientras escribes (Ctrl+F)</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Favourites only</source>
            <translation>Solo favoritas</translation>
        </message>
        <message>
            <source>Show favourites only</source>
            <translation>Mostrar solo las favoritas</translation>
        </message>
        <message>
            <source>Experienced with defenders</source>
            <translation>Con experiencia con personas defensoras</translation>
        </message>
        <message>
            <source>Show only those experienced with human rights defenders</source>
            <translation>Mostrar solo quienes tienen experiencia con personas defensoras de derechos humanos</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>Abierto ahora</translation>
        </message>
        <message>
            <source>Show only those open now</source>
            <translation>Mostrar solo lo que está abierto ahora</translation>
        </message>
        <message>
            <source>Entries whose hours say they are open now, where they are</source>
            <translation>Entradas cuyo horario dice que están abiertas ahora, en su zona horaria</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>&amp;Quitar filtros</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Quitar los filtros</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Cualquier categoría</translation>
        </message>
        <message>
            <source>Support and helplines</source>
            <translation>Apoyo y líneas de ayuda</translation>
        </message>
        <message>
            <source>Counselling, trauma care, peer support and helplines, together</source>
            <translation>Acompañamiento psicológico, atención al trauma, apoyo entre pares y líneas de ayuda, juntos</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Cualquier tipo</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation>Cualquier idioma</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Cualquier lugar</translation>
        </message>
    </context>
    <context>
        <name>DirectoryListModel</name>
        <message>
            <source>favourite</source>
            <translation>favorita</translation>
        </message>
        <message>
            <source>Team · {team}</source>
            <translation>Equipo · {team}</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
    </context>
    <context>
        <name>DirectoryNames</name>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Línea de ayuda</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Recurso</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>Acompañamiento psicológico</translation>
        </message>
        <message>
            <source>Trauma care</source>
            <translation>Atención al trauma</translation>
        </message>
        <message>
            <source>Legal support</source>
            <translation>Apoyo legal</translation>
        </message>
        <message>
            <source>Digital security</source>
            <translation>Seguridad digital</translation>
        </message>
        <message>
            <source>Physical protection</source>
            <translation>Protección física</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>Atención médica</translation>
        </message>
        <message>
            <source>Temporary relocation</source>
            <translation>Reubicación temporal</translation>
        </message>
        <message>
            <source>Emergency funding</source>
            <translation>Fondos de emergencia</translation>
        </message>
        <message>
            <source>Peer support</source>
            <translation>Apoyo entre pares</translation>
        </message>
        <message>
            <source>Rest and retreats</source>
            <translation>Descanso y retiros</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>Autocuidado</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Móvil</translation>
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
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Dirección postal</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Trabajo</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Casa</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Work fax</source>
            <translation>Fax del trabajo</translation>
        </message>
        <message>
            <source>Home fax</source>
            <translation>Fax de casa</translation>
        </message>
        <message>
            <source>Other fax</source>
            <translation>Otro fax</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Buscapersonas</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Blog</source>
            <translation>Blog</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>Coche</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Asistente</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>Devolución de llamada</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>No se sabe</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Gratuito</translation>
        </message>
        <message>
            <source>Sliding scale</source>
            <translation>Tarifa según ingresos</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>De pago</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Worldwide</source>
            <translation>Todo el mundo</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Add a new directory entry</source>
            <translation>Añadir una entrada nueva al directorio</translation>
        </message>
        <message>
            <source>New entry (Ctrl+N)</source>
            <translation>Nueva entrada (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import entries from a vCard or CSV file</source>
            <translation>Importar entradas de un archivo vCard o CSV</translation>
        </message>
        <message>
            <source>Export the directory to a file</source>
            <translation>Exportar el directorio a un archivo</translation>
        </message>
        <message>
            <source>Directory entries, by name</source>
            <translation>Entradas del directorio, por nombre</translation>
        </message>
        <message>
            <source>Enter: edit · Delete: delete · Ctrl+D: favourite · Ctrl+C: copy first contact</source>
            <translation>Intro: editar · Supr: eliminar · Ctrl+D: favorita · Ctrl+C: copiar el primer contacto</translation>
        </message>
        <message>
            <source>Choose an entry to see everything about it.</source>
            <translation>Elige una entrada para ver todo sobre ella.</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Mostrar todo</translation>
        </message>
        <message>
            <source>Clear the search and filters to show it</source>
            <translation>Vaciar la búsqueda y quitar los filtros para mostrar la entrada</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entrada</numerusform>
                <numerusform>%n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>You have not added a counsellor or helpline you trust yet. Add one in your language, so it is here offline when you need it.</source>
            <translation>Todavía no añadiste un servicio de acompañamiento psicológico ni una línea de ayuda de confianza. Añade uno en tu idioma para tenerlo aquí sin conexión cuando lo necesites.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>No hay coincidencias. Prueba otras palabras o quita los filtros.</translation>
        </message>
        <message>
            <source>Your directory is empty. Add the people and organisations you can turn to with “New entry”.</source>
            <translation>Tu directorio está vacío. Añade a las personas y organizaciones a las que puedes acudir con «Nueva entrada».</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first {shown} of %n entries.</source>
            <translation>
                <numerusform>Se muestran las primeras {shown} de %n entrada.</numerusform>
                <numerusform>Se muestran las primeras {shown} de %n entradas.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Nueva entrada</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n seconds.</source>
            <translation>
                <numerusform>Copiado. El portapapeles se borrará en %n segundo.</numerusform>
                <numerusform>Copiado. El portapapeles se borrará en %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open outside Wellbeing Desk?</source>
            <translation>¿Abrir fuera de Wellbeing Desk?</translation>
        </message>
        <message>
            <source>This opens {address} in your browser or e-mail program. It goes out over the internet, and whoever runs it can see a visit from this connection. Open it?</source>
            <translation>Esto abre {address} en tu navegador o programa de correo. Sale por internet, y quien lo gestione puede ver una visita desde esta conexión. ¿Abrirlo?</translation>
        </message>
        <message>
            <source>Saved. Your search or filters hide it.</source>
            <translation>Guardado. Tu búsqueda o tus filtros ocultan la entrada.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>The entry could not be saved. {reason}</source>
            <translation>No se pudo guardar la entrada. {reason}</translation>
        </message>
        <message>
            <source>Saved: you checked it today.</source>
            <translation>Guardado: lo comprobaste hoy.</translation>
        </message>
        <message>
            <source>Entry deleted.</source>
            <translation>Entrada eliminada.</translation>
        </message>
        <message>
            <source>Deleted from the team “{team}”: at the team's next sync it leaves everyone's directory.</source>
            <translation>Eliminada del equipo «{team}»: con la próxima sincronización del equipo sale del directorio de todas las personas.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo: bring the entry back</source>
            <translation>Deshacer: recuperar la entrada</translation>
        </message>
        <message>
            <source>Bring it back (Ctrl+Z)</source>
            <translation>Recuperarlo (Ctrl+Z)</translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported. Your search or filters hide some of them.</source>
            <translation>
                <numerusform>%n entrada importada. Tu búsqueda o tus filtros la ocultan.</numerusform>
                <numerusform>%n entradas importadas. Tu búsqueda o tus filtros ocultan algunas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries imported.</source>
            <translation>
                <numerusform>%n entrada importada.</numerusform>
                <numerusform>%n entradas importadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported to {file}. The file is not encrypted.</source>
            <translation>
                <numerusform>%n entrada exportada a {file}. El archivo no está cifrado.</numerusform>
                <numerusform>%n entradas exportadas a {file}. El archivo no está cifrado.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorHeader</name>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nota nueva</translation>
        </message>
        <message>
            <source>Continuing your unsaved changes.</source>
            <translation>Continúas con tus cambios sin guardar.</translation>
        </message>
        <message>
            <source>Discard the unsaved changes</source>
            <translation>Descartar los cambios sin guardar</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Descartar cambios</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Close the editor; your text stays as a draft</source>
            <translation>Cerrar el editor; tu texto queda como borrador</translation>
        </message>
        <message>
            <source>Your text stays as a draft (Escape)</source>
            <translation>Tu texto queda como borrador (Escape)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save the note</source>
            <translation>Guardar la nota</translation>
        </message>
        <message>
            <source>Save the entry</source>
            <translation>Guardar la entrada</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>EmergencyCard</name>
        <message>
            <source>In an emergency</source>
            <translation>En una emergencia</translation>
        </message>
        <message>
            <source>The people you would reach in a hard moment: someone you trust, your organisation's security contact, a local number you trust. They come first in Reach someone now ({keys}), even with no internet.</source>
            <translation>Las personas a las que acudirías en un momento difícil: alguien de confianza, quien lleva la seguridad en tu organización, un número local de confianza. Aparecen primero en «Contactar a alguien ya» ({keys}), incluso sin internet.</translation>
        </message>
        <message>
            <source>My people for an emergency</source>
            <translation>Mis personas para una emergencia</translation>
        </message>
        <message>
            <source>Add a &amp;person…</source>
            <translation>Añadir una &amp;persona…</translation>
        </message>
        <message>
            <source>Add from &amp;directory…</source>
            <translation>Añadir desde el &amp;directorio…</translation>
        </message>
        <message>
            <source>&amp;Remove from list</source>
            <translation>&amp;Quitar de la lista</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>{name} is off your emergency list (still in your directory).</source>
            <translation>{name} ya no está en tu lista de emergencia (sigue en tu directorio).</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Put {name} back on your emergency list</source>
            <translation>Volver a poner a {name} en tu lista de emergencia</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>Sin número guardado</translation>
        </message>
    </context>
    <context>
        <name>EmergencyRoles</name>
        <message>
            <source>Someone I trust</source>
            <translation>Alguien de confianza</translation>
        </message>
        <message>
            <source>My organisation's security contact</source>
            <translation>Quien lleva la seguridad en mi organización</translation>
        </message>
        <message>
            <source>A local number I trust</source>
            <translation>Un número local de confianza</translation>
        </message>
    </context>
    <context>
        <name>EntriesPage</name>
        <message>
            <source>You have an entry you have not saved yet.</source>
            <translation>Tienes una entrada que aún no has guardado.</translation>
        </message>
        <message>
            <source>Continue writing</source>
            <translation>Seguir escribiendo</translation>
        </message>
        <message>
            <source>Continue your unsaved entry</source>
            <translation>Continuar tu entrada sin guardar</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <source>Your changes could not be kept as a draft. {reason}</source>
            <translation>No se pudieron conservar tus cambios como borrador. {reason}</translation>
        </message>
        <message>
            <source>There is nothing to save yet.</source>
            <translation>Todavía no hay nada que guardar.</translation>
        </message>
        <message>
            <source>The entry could not be saved. {reason}</source>
            <translation>No se pudo guardar la entrada. {reason}</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message numerus="yes">
            <source>Each tag can have at most %n characters.</source>
            <translation>
                <numerusform>Cada etiqueta puede tener como máximo %n carácter.</numerusform>
                <numerusform>Cada etiqueta puede tener como máximo %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard your unsaved changes? This cannot be undone.</source>
            <translation>¿Descartar tus cambios sin guardar? No se puede deshacer.</translation>
        </message>
        <message>
            <source>This entry no longer exists.</source>
            <translation>Esta entrada ya no existe.</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nueva entrada</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro rápido</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> horas</translation>
        </message>
        <message>
            <source>Hours of sleep</source>
            <translation>Horas de sueño</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>Lo que hice por mí</translation>
        </message>
        <message>
            <source>Warning signs I noticed</source>
            <translation>Señales de alerta que noté</translation>
        </message>
        <message>
            <source>&amp;Edit my lists…</source>
            <translation>&amp;Editar mis listas…</translation>
        </message>
        <message>
            <source>Edit my lists of activities and warning signs</source>
            <translation>Editar mis listas de actividades y señales de alerta</translation>
        </message>
        <message>
            <source>For example: work, family</source>
            <translation>Por ejemplo: trabajo, familia</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Etiquetas, separadas por comas</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Estrés</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energía</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sueño de anoche</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>What is on your mind</source>
            <translation>Lo que tienes en mente</translation>
        </message>
        <message>
            <source>Write as much or as little as you like. Markdown works here.</source>
            <translation>Escribe tanto o tan poco como quieras. Aquí funciona Markdown.</translation>
        </message>
        <message>
            <source>Preview of your text</source>
            <translation>Vista previa de tu texto</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>Show a preview of the text</source>
            <translation>Mostrar una vista previa del texto</translation>
        </message>
        <message>
            <source>&amp;Edit the text</source>
            <translation>&amp;Editar el texto</translation>
        </message>
        <message>
            <source>Back to editing the text</source>
            <translation>Volver a editar el texto</translation>
        </message>
    </context>
    <context>
        <name>EntryPickerDialog</name>
        <message>
            <source>Choose from your directory</source>
            <translation>Elegir de tu directorio</translation>
        </message>
        <message>
            <source>Search your directory</source>
            <translation>Buscar en tu directorio</translation>
        </message>
        <message>
            <source>Directory entries</source>
            <translation>Entradas del directorio</translation>
        </message>
        <message>
            <source>Who this is for you</source>
            <translation>Quién es para ti</translation>
        </message>
        <message>
            <source>&amp;Who this is</source>
            <translation>&amp;Quién es</translation>
        </message>
        <message>
            <source>&amp;Add to my list</source>
            <translation>&amp;Añadir a mi lista</translation>
        </message>
        <message>
            <source>Add to my list</source>
            <translation>Añadir a mi lista</translation>
        </message>
        <message>
            <source>Cancel choosing from the directory</source>
            <translation>Cancelar la elección en el directorio</translation>
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
            <translation>Registro rápido</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>Stress {value}/10</source>
            <translation>Estrés {value}/10</translation>
        </message>
        <message>
            <source>Mood {value}/5</source>
            <translation>Ánimo {value}/5</translation>
        </message>
        <message>
            <source>{when} — {text}</source>
            <translation>{when} — {text}</translation>
        </message>
        <message>
            <source>Stress {value} of 10</source>
            <translation>Estrés {value} de 10</translation>
        </message>
        <message>
            <source>Mood {value} of 5</source>
            <translation>Ánimo {value} de 5</translation>
        </message>
        <message>
            <source>What I did for myself: {names}</source>
            <translation>Lo que hice por mí: {names}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>That passphrase did not unlock the vault. Please check it and try again.</source>
            <translation>Esa frase de contraseña no abrió la bóveda. Revísala e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>This vault was saved by a newer version of Wellbeing Desk. Please update the app to open it. Nothing was changed.</source>
            <translation>Esta bóveda se guardó con una versión más reciente de Wellbeing Desk. Actualiza la aplicación para abrirla. No se cambió nada.</translation>
        </message>
        <message>
            <source>The vault could not be read; it may be damaged. Nothing was changed. If you have a backup, you can restore it.</source>
            <translation>No se pudo leer la bóveda; puede estar dañada. No se cambió nada. Si tienes una copia de seguridad, puedes restaurarla.</translation>
        </message>
        <message>
            <source>This vault is read-only here (a write-protected drive or a folder you cannot change), so changes can't be saved. Nothing was lost.</source>
            <translation>Esta bóveda es de solo lectura aquí (una unidad protegida contra escritura o una carpeta que no puedes cambiar), así que los cambios no se pueden guardar. No se perdió nada.</translation>
        </message>
        <message>
            <source>The vault is in use by another Wellbeing Desk window or command. Close it and try again.</source>
            <translation>La bóveda está en uso por otra ventana o comando de Wellbeing Desk. Ciérralo e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>There is no vault in this folder.</source>
            <translation>No hay ninguna bóveda en esta carpeta.</translation>
        </message>
        <message>
            <source>There is already a vault or other files in this folder. Nothing was overwritten.</source>
            <translation>Ya hay una bóveda u otros archivos en esta carpeta. No se sobrescribió nada.</translation>
        </message>
        <message>
            <source>The disk is full or refused to save. Nothing was lost. Free some space and try again.</source>
            <translation>El disco está lleno o no permitió guardar. No se perdió nada. Libera espacio e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it and try again.</source>
            <translation>La bóveda está bloqueada. Desbloquéala e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>Wellbeing Desk could not read or write its folder. Check that the folder exists and that you are allowed to write to it.</source>
            <translation>Wellbeing Desk no pudo leer ni escribir en su carpeta. Comprueba que la carpeta existe y que tienes permiso para escribir en ella.</translation>
        </message>
        <message>
            <source>There was not enough memory for this. Close other programs and try again.</source>
            <translation>No hubo memoria suficiente. Cierra otros programas e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed. Please try again.</source>
            <translation>Algo salió mal. No se cambió nada. Inténtalo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export for a counsellor</source>
            <translation>Exportar para una persona de acompañamiento</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Anyone who gets the file can read everything in it. Share it only in a way you trust, and delete it when it is no longer needed.</source>
            <translation>El archivo exportado no está cifrado. Cualquiera que lo obtenga puede leer todo su contenido. Compártelo solo por un medio de confianza y bórralo cuando ya no haga falta.</translation>
        </message>
        <message>
            <source>It holds your journal entries from the period you choose: check-ins, full entries, what you did for yourself and warning signs. You will be asked for your passphrase before anything is written.</source>
            <translation>Contiene las entradas de tu diario del período que elijas: registros rápidos, entradas completas, lo que hiciste por ti y las señales de alerta. Se te pedirá tu frase de contraseña antes de escribir nada.</translation>
        </message>
        <message>
            <source>From (first day)</source>
            <translation>Desde (primer día)</translation>
        </message>
        <message>
            <source>To (last day)</source>
            <translation>Hasta (último día)</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>how the dates are shown</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Formato del archivo</translation>
        </message>
        <message>
            <source>Markdown text (.md)</source>
            <translation>Texto Markdown (.md)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>Documento PDF (.pdf)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Export the journal entries</source>
            <translation>Exportar las entradas del diario</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The first day is after the last day. Please check them.</source>
            <translation>El primer día es posterior al último. Revísalos, por favor.</translation>
        </message>
        <message>
            <source>Exporting writes a file that is not encrypted. Enter your passphrase.</source>
            <translation>Exportar escribe un archivo sin cifrar. Escribe tu frase de contraseña.</translation>
        </message>
        <message>
            <source>Save the export</source>
            <translation>Guardar la exportación</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Markdown text (*.md)</source>
            <translation>Texto Markdown (*.md)</translation>
        </message>
        <message>
            <source>The export was not saved</source>
            <translation>La exportación no se guardó</translation>
        </message>
        <message>
            <source>The export could not be saved, and nothing was written. Check that the folder exists and that you are allowed to write to it, then try again.</source>
            <translation>No se pudo guardar la exportación y no se escribió nada. Comprueba que la carpeta existe y que puedes escribir en ella, e inténtalo de nuevo.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Journal, {first} to {last}</source>
            <translation>Diario, del {first} al {last}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Stress (0–10)</source>
            <translation>Estrés (0–10)</translation>
        </message>
        <message>
            <source>Mood (1–5)</source>
            <translation>Ánimo (1–5)</translation>
        </message>
        <message>
            <source>Energy (1–5)</source>
            <translation>Energía (1–5)</translation>
        </message>
        <message>
            <source>Sleep (hours)</source>
            <translation>Sueño (horas)</translation>
        </message>
        <message>
            <source>What I did for myself</source>
            <translation>Lo que hice por mí</translation>
        </message>
        <message>
            <source>Warning signs</source>
            <translation>Señales de alerta</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro rápido</translation>
        </message>
        <message>
            <source>No entries in this period.</source>
            <translation>No hay entradas en este período.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search your journal</source>
            <translation>Buscar en tu diario</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>&amp;Filters</source>
            <translation>&amp;Filtros</translation>
        </message>
        <message>
            <source>Show the filters</source>
            <translation>Mostrar los filtros</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <source>The past 7 days</source>
            <translation>Los últimos 7 días</translation>
        </message>
        <message>
            <source>The past 30 days</source>
            <translation>Los últimos 30 días</translation>
        </message>
        <message>
            <source>The past 3 months</source>
            <translation>Los últimos 3 meses</translation>
        </message>
        <message>
            <source>The past year</source>
            <translation>El último año</translation>
        </message>
        <message>
            <source>Between two dates</source>
            <translation>Entre dos fechas</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Stress from</source>
            <translation>Estrés desde</translation>
        </message>
        <message>
            <source>Stress up to</source>
            <translation>Estrés hasta</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>&amp;Quitar filtros</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Quitar los filtros</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Estrés</translation>
        </message>
        <message>
            <source>Any activity</source>
            <translation>Cualquier actividad</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Cualquier etiqueta</translation>
        </message>
        <message>
            <source>Hide the filters</source>
            <translation>Ocultar los filtros</translation>
        </message>
    </context>
    <context>
        <name>FirstPeoplePage</name>
        <message>
            <source>Who would you reach in a hard moment?</source>
            <translation>¿A quién acudirías en un momento difícil?</translation>
        </message>
        <message>
            <source>Add two or three people you trust: a friend, someone on your team, your organisation's security contact. Their numbers stay in your encrypted vault and are here even with no internet. You can skip this and add them later in your self-care plan.</source>
            <translation>Añade dos o tres personas de confianza: una amistad, alguien de tu equipo, quien lleva la seguridad en tu organización. Sus números se guardan en tu bóveda cifrada y están aquí incluso sin internet. Puedes saltarte este paso y añadirlas más tarde en tu plan de autocuidado.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Number or address</source>
            <translation>Número o dirección</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Name of person {number}</source>
            <translation>Nombre de la persona {number}</translation>
        </message>
        <message>
            <source>Number or address of person {number}</source>
            <translation>Número o dirección de la persona {number}</translation>
        </message>
        <message>
            <source>How to reach person {number}</source>
            <translation>Cómo contactar a la persona {number}</translation>
        </message>
        <message>
            <source>&amp;Save and continue</source>
            <translation>&amp;Guardar y continuar</translation>
        </message>
        <message>
            <source>Save these people and continue</source>
            <translation>Guardar estas personas y continuar</translation>
        </message>
        <message>
            <source>S&amp;kip for now</source>
            <translation>&amp;Omitir por ahora</translation>
        </message>
        <message>
            <source>Skip for now; add people later</source>
            <translation>Omitir por ahora; añadir personas más tarde</translation>
        </message>
        <message>
            <source>Add a number or address for {name}, or clear the name.</source>
            <translation>Añade un número o una dirección para {name}, o borra el nombre.</translation>
        </message>
        <message>
            <source>Add a name for {value}, so you know who it is.</source>
            <translation>Añade un nombre para {value}, así sabrás quién es.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpRow</name>
        <message>
            <source>Done: {text}</source>
            <translation>Hecho: {text}</translation>
        </message>
        <message>
            <source>From “{title}”, planned for {date}</source>
            <translation>De «{title}», previsto para el {date}</translation>
        </message>
        <message>
            <source>From “{title}”, for today</source>
            <translation>De «{title}», para hoy</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Open the note “{title}”</source>
            <translation>Abrir la nota «{title}»</translation>
        </message>
        <message>
            <source>Open the debrief “{title}”</source>
            <translation>Abrir el repaso «{title}»</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsCard</name>
        <message>
            <source>Things you planned. Take them one at a time.</source>
            <translation>Cosas que planeaste. Ve una a una.</translation>
        </message>
        <message>
            <source>Follow-ups for today</source>
            <translation>Pendientes para hoy</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsInput</name>
        <message>
            <source>Add a &amp;follow-up</source>
            <translation>Añadir un &amp;seguimiento</translation>
        </message>
        <message>
            <source>Add another follow-up</source>
            <translation>Añadir otro seguimiento</translation>
        </message>
        <message>
            <source>Something to do or check on</source>
            <translation>Algo que hacer o revisar</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Para el</translation>
        </message>
        <message>
            <source>Follow-up {number}</source>
            <translation>Seguimiento {number}</translation>
        </message>
        <message>
            <source>Give follow-up {number} a date</source>
            <translation>Poner fecha al seguimiento {number}</translation>
        </message>
        <message>
            <source>Date for follow-up {number}</source>
            <translation>Fecha del seguimiento {number}</translation>
        </message>
        <message>
            <source>Remove follow-up {number}</source>
            <translation>Quitar el seguimiento {number}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
    <context>
        <name>ForgotPassphraseDialog</name>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>¿Olvidaste tu frase de contraseña?</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>Checking the code and setting your new passphrase… this takes a moment.</source>
            <translation>Comprobando el código y poniendo tu nueva frase de contraseña… esto tarda un momento.</translation>
        </message>
        <message>
            <source>&amp;Set the new passphrase</source>
            <translation>&amp;Poner la frase de contraseña nueva</translation>
        </message>
        <message>
            <source>Set the new passphrase</source>
            <translation>Poner la frase de contraseña nueva</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>If you added a recovery code, type it here and choose a new passphrase. Without the code or the passphrase, nobody can open this vault, not even the people who make Wellbeing Desk. A wrong code changes nothing and deletes nothing.</source>
            <translation>Si añadiste un código de recuperación, escríbelo aquí y elige una frase de contraseña nueva. Sin el código ni la frase de contraseña, nadie puede abrir esta bóveda, ni siquiera quienes hacen Wellbeing Desk. Un código equivocado no cambia ni borra nada.</translation>
        </message>
        <message numerus="yes">
            <source>A recovery code has %n symbols; this one has {count}. Check for a missing or extra symbol. Nothing was tried yet.</source>
            <translation>
                <numerusform>Un código de recuperación tiene %n símbolo; este tiene {count}. Revisa si falta o sobra un símbolo. Todavía no se probó nada.</numerusform>
                <numerusform>Un código de recuperación tiene %n símbolos; este tiene {count}. Revisa si falta o sobra un símbolo. Todavía no se probó nada.</numerusform>
            </translation>
        </message>
        <message>
            <source>This code has a typo: its last symbol does not match the others. Compare it symbol by symbol with the code you wrote down. Nothing was tried yet.</source>
            <translation>Este código tiene un error de escritura: su último símbolo no concuerda con los demás. Compáralo símbolo por símbolo con el código que escribiste. Todavía no se probó nada.</translation>
        </message>
        <message>
            <source>“{symbol}” is never used in recovery codes. Check the code for a typo. Nothing was tried yet.</source>
            <translation>«{symbol}» nunca se usa en los códigos de recuperación. Revisa si el código tiene un error de escritura. Todavía no se probó nada.</translation>
        </message>
    </context>
    <context>
        <name>GroundingButton</name>
        <message>
            <source>&amp;Breathe and ground yourself</source>
            <translation>&amp;Respirar y hacer un ejercicio de anclaje</translation>
        </message>
        <message>
            <source>Open the breathing and grounding exercises</source>
            <translation>Abrir los ejercicios de respiración y de anclaje</translation>
        </message>
        <message>
            <source>Paced breathing and the 5-4-3-2-1 exercise (Ctrl+G)</source>
            <translation>Respiración guiada y el ejercicio 5-4-3-2-1 (Ctrl+G)</translation>
        </message>
    </context>
    <context>
        <name>GroundingDialog</name>
        <message>
            <source>Breathing and grounding</source>
            <translation>Respiración y anclaje</translation>
        </message>
        <message>
            <source>Nothing here is saved. Go at your own pace, and stop whenever you like.</source>
            <translation>Aquí no se guarda nada. Ve a tu ritmo y detente cuando quieras.</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Paced breathing</source>
            <translation>Respiración guiada</translation>
        </message>
        <message>
            <source>5-4-3-2-1 senses</source>
            <translation>Sentidos 5-4-3-2-1</translation>
        </message>
        <message>
            <source>Close breathing and grounding</source>
            <translation>Cerrar respiración y anclaje</translation>
        </message>
        <message>
            <source>Take a moment</source>
            <translation>Tómate un momento</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Close help</source>
            <translation>Cerrar la ayuda</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Bloquear ahora</translation>
        </message>
        <message>
            <source>Lock and minimise (panic)</source>
            <translation>Bloquear y minimizar (pánico)</translation>
        </message>
        <message>
            <source>Quit: locks first</source>
            <translation>Salir: primero bloquea</translation>
        </message>
        <message>
            <source>Take a moment: breathing and grounding (also while locked)</source>
            <translation>Tómate un momento: respiración y anclaje (también con Wellbeing Desk bloqueado)</translation>
        </message>
        <message>
            <source>Reach someone now: your people for an emergency, then support</source>
            <translation>Contactar a alguien ya: tus personas para una emergencia y, después, apoyo</translation>
        </message>
        <message>
            <source>Go to a section</source>
            <translation>Ir a una sección</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} a {last}</translation>
        </message>
        <message>
            <source>Search everywhere: journal, debriefs, directory and notes</source>
            <translation>Buscar en todo: diario, repasos, directorio y notas</translation>
        </message>
        <message>
            <source>Search the list on Journal, Directory and Notes; search everywhere elsewhere</source>
            <translation>Buscar en la lista en Diario, Directorio y Notas; en las demás páginas, buscar en todo</translation>
        </message>
        <message>
            <source>New journal entry, note or directory entry (on Today: a full entry)</source>
            <translation>Nueva entrada del diario, nota o entrada del directorio (en Hoy: una entrada completa)</translation>
        </message>
        <message>
            <source>Save what you are writing (editors and forms)</source>
            <translation>Guardar lo que estás escribiendo (editores y formularios)</translation>
        </message>
        <message>
            <source>Close the editor, keeping what you wrote as a draft; leave the trash</source>
            <translation>Cerrar el editor, guardando lo escrito como borrador; salir de la papelera</translation>
        </message>
        <message>
            <source>Press the focused button; on Today, save the check-in</source>
            <translation>Pulsar el botón con el foco; en Hoy, guardar el registro rápido</translation>
        </message>
        <message>
            <source>Next step of a debrief</source>
            <translation>Siguiente paso de un repaso</translation>
        </message>
        <message>
            <source>Move the chosen entry or note to the trash (lists)</source>
            <translation>Mover la entrada o nota elegida a la papelera (listas)</translation>
        </message>
        <message>
            <source>Undo moving to the trash (lists)</source>
            <translation>Deshacer el paso a la papelera (listas)</translation>
        </message>
        <message>
            <source>Mark or unmark the chosen entry as a favourite (Directory)</source>
            <translation>Marcar o desmarcar la entrada elegida como favorita (Directorio)</translation>
        </message>
        <message>
            <source>Copy the chosen entry's first number or address (Directory list)</source>
            <translation>Copiar el primer número o dirección de la entrada elegida (lista del directorio)</translation>
        </message>
        <message>
            <source>Move the chosen item up or down (your lists, template steps)</source>
            <translation>Subir o bajar el elemento elegido (tus listas, pasos de plantillas)</translation>
        </message>
        <message>
            <source>Sync now (on Sync, once it is set up)</source>
            <translation>Sincronizar ahora (en Sincronización, una vez configurada)</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>Esta ayuda</translation>
        </message>
        <message>
            <source>Lock and minimise is the quick way out: the vault closes and the window gets out of sight at once. Nothing you wrote stays on screen.</source>
            <translation>Bloquear y minimizar es la salida rápida: la bóveda se cierra y la ventana desaparece de la vista al instante. Nada de lo que escribiste queda en pantalla.</translation>
        </message>
        <message>
            <source>After something hard</source>
            <translation>Después de algo difícil</translation>
        </message>
        <message>
            <source>Many people notice changes in the days and weeks after an incident. A short page says which ones are common, what helps, and when talking with someone trained is worth it.</source>
            <translation>Muchas personas notan cambios en los días y semanas después de un incidente. Una página breve cuenta cuáles son comunes, qué ayuda y cuándo vale la pena hablar con alguien con formación.</translation>
        </message>
        <message>
            <source>About Wellbeing Desk</source>
            <translation>Acerca de Wellbeing Desk</translation>
        </message>
        <message>
            <source>Version {version}. An encrypted, offline-first companion for human rights defenders. It is not therapy and does not replace professional care. Free software under the GNU GPL, version 3 or later.</source>
            <translation>Versión {version}. Una herramienta cifrada que funciona sin conexión, para personas defensoras de derechos humanos. No es terapia y no sustituye la atención profesional. Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import into the directory</source>
            <translation>Importar al directorio</translation>
        </message>
        <message>
            <source>Columns of the file and what they hold</source>
            <translation>Columnas del archivo y lo que contienen</translation>
        </message>
        <message>
            <source>Likely already in your directory</source>
            <translation>Probablemente ya están en tu directorio</translation>
        </message>
        <message>
            <source>These have the same name and a phone number or e-mail address of an entry you already have. Choose for each whether to skip it, merge it into the entry you have (your details are kept; new contacts, places and notes are added) or add it anyway (you can then edit or delete one of the two).</source>
            <translation>Tienen el mismo nombre y un teléfono o correo de una entrada que ya tienes. Elige para cada una si omitirla, fusionarla con la que tienes (se conservan tus datos; se añaden contactos, lugares y notas nuevos) o añadirla de todos modos (luego puedes editar o eliminar una de las dos).</translation>
        </message>
        <message>
            <source>Likely duplicates</source>
            <translation>Probables duplicados</translation>
        </message>
        <message>
            <source>Add these entries to the directory</source>
            <translation>Añadir estas entradas al directorio</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Elige un archivo para importar</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt)</source>
            <translation>Contactos (*.vcf *.vcard *.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Archivo CSV</translation>
        </message>
        <message>
            <source>vCard file</source>
            <translation>Archivo vCard</translation>
        </message>
        <message>
            <source>From {file} ({kind})</source>
            <translation>De {file} ({kind})</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>What the column “{column}” holds</source>
            <translation>Lo que contiene la columna «{column}»</translation>
        </message>
        <message>
            <source>Reading the file again…</source>
            <translation>Leyendo el archivo de nuevo…</translation>
        </message>
        <message>
            <source>{name} — like “{existing}”</source>
            <translation>{name}: como «{existing}»</translation>
        </message>
        <message>
            <source>Skip it</source>
            <translation>Omitirla</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Conservar ambas</translation>
        </message>
        <message>
            <source>Merge into the existing entry</source>
            <translation>Fusionar con la entrada existente</translation>
        </message>
        <message>
            <source>Merge into your entry “{existing}”</source>
            <translation>Fusionar con tu entrada «{existing}»</translation>
        </message>
        <message>
            <source>What to do with {name}</source>
            <translation>Qué hacer con {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n entries will be added.</source>
            <translation>
                <numerusform>Se añadirá %n entrada.</numerusform>
                <numerusform>Se añadirán %n entradas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some cannot be read: choose whether to import only the readable ones.</source>
            <translation>Algunas no se pueden leer: elige si quieres importar solo las que se pueden leer.</translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be merged into entries you have.</source>
            <translation>
                <numerusform>%n probable duplicado se fusionará con una entrada que ya tienes.</numerusform>
                <numerusform>%n probables duplicados se fusionarán con entradas que ya tienes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicates will be skipped.</source>
            <translation>
                <numerusform>Se omitirá %n probable duplicado.</numerusform>
                <numerusform>Se omitirán %n probables duplicados.</numerusform>
            </translation>
        </message>
        <message>
            <source>The entries could not be added, and nothing was changed. {reason}</source>
            <translation>No se pudieron añadir las entradas y no se cambió nada. {reason}</translation>
        </message>
        <message>
            <source>Card {card} (from line {line}) cannot be imported.</source>
            <translation>La tarjeta {card} (desde la línea {line}) no se puede importar.</translation>
        </message>
        <message>
            <source>Card {card} cannot be imported.</source>
            <translation>La tarjeta {card} no se puede importar.</translation>
        </message>
        <message>
            <source>Line {line} cannot be imported.</source>
            <translation>La línea {line} no se puede importar.</translation>
        </message>
        <message>
            <source>This file cannot be imported.</source>
            <translation>Este archivo no se puede importar.</translation>
        </message>
        <message>
            <source>Nothing was added. Details: {details}</source>
            <translation>No se añadió nada. Detalles: {details}</translation>
        </message>
        <message>
            <source>This is not an ordinary file (it may be a folder, a device or a pipe). Choose a contacts file (.vcf or .csv). Nothing was added.</source>
            <translation>Esto no es un archivo común (puede ser una carpeta, un dispositivo o una tubería). Elige un archivo de contactos (.vcf o .csv). No se agregó nada.</translation>
        </message>
        <message>
            <source>The file could not be opened. Check that it still exists and that you are allowed to read it. Nothing was added.</source>
            <translation>No se pudo abrir el archivo. Comprueba que sigue existiendo y que puedes leerlo. No se añadió nada.</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logotipo</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>Sonido</translation>
        </message>
        <message>
            <source>Encryption key</source>
            <translation>Clave de cifrado</translation>
        </message>
        <message>
            <source>Nickname</source>
            <translation>Apodo</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Cumpleaños</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Aniversario</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>Persona relacionada</translation>
        </message>
        <message>
            <source>Messaging</source>
            <translation>Mensajería</translation>
        </message>
        <message>
            <source>Social profile</source>
            <translation>Perfil en redes sociales</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupos</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Pronunciation</source>
            <translation>Pronunciación</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Assistant card</source>
            <translation>Tarjeta de su asistente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Segundo nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Name prefix (Dr., Ms.…)</source>
            <translation>Tratamiento (Dra., Sr.…)</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>Sufijo del nombre</translation>
        </message>
        <message>
            <source>Nickname (kept in my notes)</source>
            <translation>Apodo (se guarda en mis notas)</translation>
        </message>
        <message>
            <source>Department (with the organisation)</source>
            <translation>Departamento (junto a la organización)</translation>
        </message>
        <message>
            <source>Job title or role (in the description)</source>
            <translation>Puesto o función (en la descripción)</translation>
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
            <translation>Mensajería (su tipo según la columna del servicio)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>State or province</source>
            <translation>Estado o provincia</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>Country (of the address)</source>
            <translation>País (de la dirección)</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>Apartado postal</translation>
        </message>
        <message>
            <source>Label of a phone, e-mail or address</source>
            <translation>Etiqueta de un teléfono, correo o dirección</translation>
        </message>
        <message>
            <source>Messenger service</source>
            <translation>Servicio de mensajería</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Kind (person, organisation…)</source>
            <translation>Tipo (persona, organización…)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Choose what each column holds. A column nothing holds is kept in your notes with its name; columns set to “Leave out” are not imported. The first rows of the file are shown below.</source>
            <translation>Elige qué contiene cada columna. Una columna que no corresponde a ningún campo se guarda en tus notas con su nombre; las columnas marcadas «No importar» se dejan fuera. Abajo se muestran las primeras filas del archivo.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Keep in my notes</source>
            <translation>Guardar en mis notas</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>No importar</translation>
        </message>
        <message>
            <source>Regions</source>
            <translation>Regiones</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Móvil</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
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
            <translation>Dirección postal</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Horario de atención</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>What will be imported</source>
            <translation>Lo que se importará</translation>
        </message>
        <message>
            <source>Entries that will be imported</source>
            <translation>Entradas que se importarán</translation>
        </message>
        <message>
            <source>Import only the readable ones</source>
            <translation>Importar solo las que se pueden leer</translation>
        </message>
        <message>
            <source>{name} — not imported: {what}</source>
            <translation>{name} — no importado: {what}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept in your notes, with the column's name: {columns}.</source>
            <translation>Se guarda en tus notas, con el nombre de la columna: {columns}.</translation>
        </message>
        <message>
            <source>Left out: {columns}.</source>
            <translation>No se importa: {columns}.</translation>
        </message>
        <message numerus="yes">
            <source>%n cards cannot be read:</source>
            <translation>
                <numerusform>%n tarjeta no se puede leer:</numerusform>
                <numerusform>%n tarjetas no se pueden leer:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n cards that can be read</source>
            <translation>
                <numerusform>Importar solo la %n tarjeta que se puede leer</numerusform>
                <numerusform>Importar solo las %n tarjetas que se pueden leer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows cannot be read:</source>
            <translation>
                <numerusform>%n fila no se puede leer:</numerusform>
                <numerusform>%n filas no se pueden leer:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import only the %n rows that can be read</source>
            <translation>
                <numerusform>Importar solo la %n fila que se puede leer</numerusform>
                <numerusform>Importar solo las %n filas que se pueden leer</numerusform>
            </translation>
        </message>
        <message>
            <source>Card {card} (line {line})</source>
            <translation>Tarjeta {card} (línea {line})</translation>
        </message>
        <message>
            <source>Card {card}</source>
            <translation>Tarjeta {card}</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>Línea {line}</translation>
        </message>
    </context>
    <context>
        <name>InsightsPage</name>
        <message>
            <source>Period shown</source>
            <translation>Período mostrado</translation>
        </message>
        <message>
            <source>Export journal entries for a counsellor</source>
            <translation>Exportar entradas del diario para una persona de acompañamiento</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <source>Patterns from your own check-ins. They show what tends to go together, not what causes what.</source>
            <translation>Patrones de tus propios registros. Muestran lo que suele ir junto, no qué causa qué.</translation>
        </message>
        <message>
            <source>Nothing to show for this period yet. As you check in, your stress and mood appear here over time.</source>
            <translation>Todavía no hay nada que mostrar en este período. A medida que hagas registros, tu estrés y tu ánimo aparecerán aquí.</translation>
        </message>
        <message>
            <source>Stress (0–10)</source>
            <translation>Estrés (0–10)</translation>
        </message>
        <message>
            <source>Mood (1–5)</source>
            <translation>Ánimo (1–5)</translation>
        </message>
        <message>
            <source>Save the charts as an image</source>
            <translation>Guardar los gráficos como imagen</translation>
        </message>
        <message numerus="yes">
            <source>Your average stress on the day after you did each activity, compared with the day after other days you checked in. A figure resting on fewer than %n days is marked: there are too few days to say.</source>
            <translation>
                <numerusform>Tu estrés medio el día después de hacer cada actividad, comparado con el día después de los otros días en que hiciste un registro. Una cifra basada en menos de %n día se marca: son muy pocos días para saberlo.</numerusform>
                <numerusform>Tu estrés medio el día después de hacer cada actividad, comparado con el día después de los otros días en que hiciste un registro. Una cifra basada en menos de %n días se marca: son muy pocos días para saberlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days with check-ins in this period. Latest 7-day average: stress {stress}, mood {mood}.</source>
            <translation>
                <numerusform>%n día con registros en este período. Última media de 7 días: estrés {stress}, ánimo {mood}.</numerusform>
                <numerusform>%n días con registros en este período. Última media de 7 días: estrés {stress}, ánimo {mood}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Activities and next-day stress</source>
            <translation>Actividades y estrés del día siguiente</translation>
        </message>
        <message>
            <source>&amp;Export for a counsellor…</source>
            <translation>&amp;Exportar para acompañamiento…</translation>
        </message>
        <message>
            <source>&amp;Save the charts as an image…</source>
            <translation>&amp;Guardar los gráficos como imagen…</translation>
        </message>
        <message>
            <source>Some things that help, like counselling or talking about something hard, can feel heavier for a day or two before they help.</source>
            <translation>Algunas cosas que ayudan, como el acompañamiento psicológico o hablar de algo difícil, pueden pesar más durante uno o dos días antes de ayudar.</translation>
        </message>
        <message>
            <source>When you note what you did for yourself and check in the next day, it shows here.</source>
            <translation>Cuando anotes lo que hiciste por ti y hagas un registro al día siguiente, aparecerá aquí.</translation>
        </message>
        <message>
            <source>Week by week</source>
            <translation>Semana a semana</translation>
        </message>
        <message numerus="yes">
            <source>On how many of the last %n days you noted each of your warning signs. Noticing them is part of looking after yourself.</source>
            <translation>
                <numerusform>En cuántos de los últimos %n días anotaste cada una de tus señales de alerta. Darte cuenta de ellas es parte de cuidarte.</numerusform>
                <numerusform>En cuántos de los últimos %n días anotaste cada una de tus señales de alerta. Darte cuenta de ellas es parte de cuidarte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning signs you noted</source>
            <translation>Señales de alerta que anotaste</translation>
        </message>
        <message numerus="yes">
            <source>You have not noted any of your warning signs in the last %n days.</source>
            <translation>
                <numerusform>No has anotado ninguna de tus señales de alerta en los últimos %n días.</numerusform>
                <numerusform>No has anotado ninguna de tus señales de alerta en los últimos %n días.</numerusform>
            </translation>
        </message>
        <message>
            <source>What goes with lower stress the next day</source>
            <translation>Lo que va con menos estrés al día siguiente</translation>
        </message>
        <message>
            <source>The days you checked in each week, and their averages: stress from 0 to 10, mood from 1 to 5.</source>
            <translation>Los días con registro de cada semana y sus medias: estrés de 0 a 10, ánimo de 1 a 5.</translation>
        </message>
        <message>
            <source>Your check-ins so far:</source>
            <translation>Tus registros hasta ahora:</translation>
        </message>
        <message>
            <source>stress {value}</source>
            <translation>estrés {value}</translation>
        </message>
        <message>
            <source>mood {value}</source>
            <translation>ánimo {value}</translation>
        </message>
        <message>
            <source>A chart appears after a few days of check-ins.</source>
            <translation>El gráfico aparece después de unos días de registros.</translation>
        </message>
        <message>
            <source>1 day with check-ins in this period. Stress {stress}, mood {mood}.</source>
            <translation>1 día con registros en este período. Estrés {stress}, ánimo {mood}.</translation>
        </message>
        <message>
            <source>The image was saved as {name}. It is not encrypted.</source>
            <translation>La imagen se guardó como {name}. No está cifrada.</translation>
        </message>
        <message>
            <source>The export was saved as {name}. It is not encrypted: delete it when it is no longer needed.</source>
            <translation>La exportación se guardó como {name}. No está cifrada: bórrala cuando ya no haga falta.</translation>
        </message>
        <message>
            <source>Last 4 weeks</source>
            <translation>Últimas 4 semanas</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Últimos 3 meses</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
    </context>
    <context>
        <name>JoinForm</name>
        <message>
            <source>Join another device's sync</source>
            <translation>Unirse a la sincronización de otro dispositivo</translation>
        </message>
        <message>
            <source>Choose the folder your other device syncs through (the same USB stick or synced folder), then type the pairing code it showed you.</source>
            <translation>Elige la carpeta a través de la cual se sincroniza tu otro dispositivo (la misma memoria USB o carpeta sincronizada) y escribe el código de emparejamiento que te mostró.</translation>
        </message>
        <message>
            <source>Sync folder to join</source>
            <translation>Carpeta de sincronización a la que unirse</translation>
        </message>
        <message>
            <source>No folder chosen yet</source>
            <translation>Todavía no has elegido una carpeta</translation>
        </message>
        <message>
            <source>Choose &amp;folder…</source>
            <translation>Elegir car&amp;peta…</translation>
        </message>
        <message>
            <source>Choose the sync folder</source>
            <translation>Elegir la carpeta de sincronización</translation>
        </message>
        <message>
            <source>Pairing code</source>
            <translation>Código de emparejamiento</translation>
        </message>
        <message>
            <source>Sync folder</source>
            <translation>Carpeta de sincronización</translation>
        </message>
        <message>
            <source>&amp;Pairing code</source>
            <translation>Código de &amp;emparejamiento</translation>
        </message>
        <message>
            <source>Join this &amp;sync</source>
            <translation>Unirse a esta &amp;sincronización</translation>
        </message>
        <message>
            <source>Join this sync</source>
            <translation>Unirse a esta sincronización</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Ca&amp;ncelar</translation>
        </message>
        <message>
            <source>Cancel joining</source>
            <translation>Cancelar la unión</translation>
        </message>
        <message>
            <source>Fill in the server above as on your other device, then type the pairing code it showed you.</source>
            <translation>Rellena el servidor de arriba igual que en tu otro dispositivo y escribe el código de emparejamiento que te mostró.</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>Join a team space</source>
            <translation>Unirse a un espacio de equipo</translation>
        </message>
        <message>
            <source>Join once the person who created the team has added you with your member key.</source>
            <translation>Únete cuando la persona que creó el equipo te haya añadido con tu clave de miembro.</translation>
        </message>
        <message>
            <source>Team space id</source>
            <translation>Identificador del espacio de equipo</translation>
        </message>
        <message>
            <source>Fingerprint of the person who created it</source>
            <translation>Huella de la persona que lo creó</translation>
        </message>
        <message>
            <source>Team space &amp;id</source>
            <translation>&amp;Identificador del espacio de equipo</translation>
        </message>
        <message>
            <source>The person who created the team sees it under Members.</source>
            <translation>La persona que creó el equipo lo ve en Miembros.</translation>
        </message>
        <message>
            <source>Fin&amp;gerprint of the person who created it</source>
            <translation>&amp;Huella de la persona que lo creó</translation>
        </message>
        <message>
            <source>The person who created the team reads it to you, in person or on a call.</source>
            <translation>La persona que creó el equipo te la lee, en persona o en una llamada.</translation>
        </message>
        <message>
            <source>&amp;Join the team space</source>
            <translation>&amp;Unirse al espacio de equipo</translation>
        </message>
        <message>
            <source>Join the team space</source>
            <translation>Unirse al espacio de equipo</translation>
        </message>
        <message>
            <source>Choose the folder the team shares</source>
            <translation>Elige la carpeta que comparte el equipo</translation>
        </message>
    </context>
    <context>
        <name>JournalListPanel</name>
        <message>
            <source>Write a new entry</source>
            <translation>Escribir una entrada nueva</translation>
        </message>
        <message>
            <source>New entry (Ctrl+N)</source>
            <translation>Nueva entrada (Ctrl+N)</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>Mostrar la papelera</translation>
        </message>
        <message>
            <source>&amp;New entry</source>
            <translation>&amp;Nueva entrada</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>&amp;Papelera</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore the chosen entry</source>
            <translation>Restaurar la entrada elegida</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Vaciar la papelera</translation>
        </message>
        <message>
            <source>Empty the trash for good</source>
            <translation>Vaciar la papelera definitivamente</translation>
        </message>
        <message>
            <source>Journal entries, newest first</source>
            <translation>Entradas del diario, de la más reciente a la más antigua</translation>
        </message>
        <message>
            <source>Entry moved to the trash.</source>
            <translation>La entrada se movió a la papelera.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo: bring the entry back</source>
            <translation>Deshacer: recuperar la entrada</translation>
        </message>
        <message>
            <source>The entry is back in your journal.</source>
            <translation>La entrada volvió a tu diario.</translation>
        </message>
        <message>
            <source>Remove every entry in the trash for good? This cannot be undone, and there is no copy anywhere else.</source>
            <translation>¿Eliminar definitivamente todas las entradas de la papelera? No se puede deshacer y no hay ninguna copia en otro lugar.</translation>
        </message>
        <message>
            <source>Back to the journal</source>
            <translation>Volver al diario</translation>
        </message>
        <message>
            <source>&amp;Back to the journal</source>
            <translation>&amp;Volver al diario</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>La papelera está vacía.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>No hay coincidencias. Prueba otras palabras o quita los filtros.</translation>
        </message>
        <message>
            <source>Your journal is empty for now. Check-ins from Today and the entries you write appear here, newest first.</source>
            <translation>Tu diario está vacío por ahora. Los registros de Hoy y las entradas que escribas aparecerán aquí, de la más reciente a la más antigua.</translation>
        </message>
    </context>
    <context>
        <name>JournalSection</name>
        <message>
            <source>Journal views</source>
            <translation>Vistas del diario</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>Mi plan de autocuidado</translation>
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
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Lock and minimise</source>
            <translation>Bloquear y minimizar</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>Take a moment: breathing and grounding</source>
            <translation>Tómate un momento: respiración y anclaje</translation>
        </message>
        <message>
            <source>Search everywhere</source>
            <translation>Buscar en todo</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>Contactar a alguien ya</translation>
        </message>
    </context>
    <context>
        <name>MarkdownView</name>
        <message>
            <source>[image: {name}]</source>
            <translation>[imagen: {name}]</translation>
        </message>
        <message>
            <source>[image]</source>
            <translation>[imagen]</translation>
        </message>
    </context>
    <context>
        <name>MemberKeyDialog</name>
        <message>
            <source>Your member key</source>
            <translation>Tu clave de miembro</translation>
        </message>
        <message>
            <source>Send this key to the person who created the team (by any channel: it is not secret). When they add you, read each other the fingerprint: add or join only if every group matches.</source>
            <translation>Envía esta clave a la persona que creó el equipo (por cualquier medio: no es secreta). Cuando te añada, léanse mutuamente la huella: añade o únete solo si coinciden todos los grupos.</translation>
        </message>
        <message>
            <source>Its fingerprint</source>
            <translation>Su huella</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Huella: {fingerprint}</translation>
        </message>
        <message>
            <source>&amp;Copy the key</source>
            <translation>&amp;Copiar la clave</translation>
        </message>
        <message>
            <source>Copy your member key</source>
            <translation>Copiar tu clave de miembro</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>C&amp;errar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard is emptied in %n seconds.</source>
            <translation>
                <numerusform>Copiado. El portapapeles se vacía en %n segundo.</numerusform>
                <numerusform>Copiado. El portapapeles se vacía en %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>New passphrase</source>
            <translation>Frase de contraseña nueva</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Repite la frase de contraseña nueva</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>Las dos frases de contraseña todavía no son iguales.</translation>
        </message>
        <message>
            <source>This passphrase is weak. Use it anyway.</source>
            <translation>Esta frase de contraseña es débil. Usarla de todos modos.</translation>
        </message>
        <message>
            <source>Use the weak passphrase anyway</source>
            <translation>Usar la frase de contraseña débil de todos modos</translation>
        </message>
        <message>
            <source>Type a new passphrase first.</source>
            <translation>Primero escribe una frase de contraseña nueva.</translation>
        </message>
        <message numerus="yes">
            <source>The new passphrase is too short. Use at least %n characters.</source>
            <translation>
                <numerusform>La frase de contraseña nueva es demasiado corta. Usa al menos %n carácter.</numerusform>
                <numerusform>La frase de contraseña nueva es demasiado corta. Usa al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the new passphrase a second time, the same as the first.</source>
            <translation>Escribe la frase de contraseña nueva una segunda vez, igual que la primera.</translation>
        </message>
        <message>
            <source>The new passphrase is weak. Add a few more words, or tick the box to use it anyway.</source>
            <translation>La frase de contraseña nueva es débil. Añade algunas palabras más o marca la casilla para usarla de todos modos.</translation>
        </message>
    </context>
    <context>
        <name>NoteContextsDialog</name>
        <message>
            <source>Where notes come from</source>
            <translation>De dónde vienen tus notas</translation>
        </message>
        <message>
            <source>These are the contexts you can give a note. Hiding one keeps it in the notes that already have it.</source>
            <translation>Estos son los contextos que puedes dar a una nota. Si ocultas uno, se mantiene en las notas que ya lo tienen.</translation>
        </message>
        <message>
            <source>Your contexts</source>
            <translation>Tus contextos</translation>
        </message>
        <message>
            <source>Rename the chosen context</source>
            <translation>Renombrar el contexto elegido</translation>
        </message>
        <message>
            <source>Move the chosen context up</source>
            <translation>Subir el contexto elegido</translation>
        </message>
        <message>
            <source>Move the chosen context down</source>
            <translation>Bajar el contexto elegido</translation>
        </message>
        <message>
            <source>Hide the chosen context</source>
            <translation>Ocultar el contexto elegido</translation>
        </message>
        <message>
            <source>A new context</source>
            <translation>Un contexto nuevo</translation>
        </message>
        <message>
            <source>Name of a new context</source>
            <translation>Nombre de un contexto nuevo</translation>
        </message>
        <message>
            <source>Add the new context</source>
            <translation>Añadir el contexto nuevo</translation>
        </message>
        <message>
            <source>Close the list of contexts</source>
            <translation>Cerrar la lista de contextos</translation>
        </message>
        <message>
            <source>Hidden from the choices in the editor</source>
            <translation>No aparece entre las opciones del editor</translation>
        </message>
        <message>
            <source>Show the chosen context again</source>
            <translation>Volver a mostrar el contexto elegido</translation>
        </message>
    </context>
    <context>
        <name>NoteDetail</name>
        <message>
            <source>This note is in the trash.</source>
            <translation>Esta nota está en la papelera.</translation>
        </message>
        <message>
            <source>Edit this note</source>
            <translation>Editar esta nota</translation>
        </message>
        <message>
            <source>Edit this note (Enter in the list)</source>
            <translation>Editar esta nota (Intro en la lista)</translation>
        </message>
        <message>
            <source>Move this note to the trash</source>
            <translation>Mover esta nota a la papelera</translation>
        </message>
        <message>
            <source>Move this note to the trash; you can undo it</source>
            <translation>Mover esta nota a la papelera; puedes deshacerlo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Eli&amp;minar</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore this note</source>
            <translation>Restaurar esta nota</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>Quiénes participaron</translation>
        </message>
        <message>
            <source>Key takeaways</source>
            <translation>Lo esencial</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>El texto de la nota</translation>
        </message>
        <message>
            <source>{text} — by {date}</source>
            <translation>{text} — para el {date}</translation>
        </message>
        <message>
            <source>Open {name} in the directory</source>
            <translation>Abrir {name} en el directorio</translation>
        </message>
        <message>
            <source>Open in the directory</source>
            <translation>Abrir en el directorio</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>New note</source>
            <translation>Nota nueva</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Editar la nota</translation>
        </message>
        <message numerus="yes">
            <source>A note can have at most %n people, takeaways or follow-ups. Move some of them into the text.</source>
            <translation>
                <numerusform>Una nota puede tener como máximo %n persona, idea esencial o seguimiento. Pasa algunos al texto.</numerusform>
                <numerusform>Una nota puede tener como máximo %n personas, ideas esenciales o seguimientos. Pasa algunos al texto.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your changes could not be kept as a draft. {reason}</source>
            <translation>No se pudieron conservar tus cambios como borrador. {reason}</translation>
        </message>
        <message>
            <source>Give the note a title, so you can find it again.</source>
            <translation>Ponle un título a la nota para poder encontrarla después.</translation>
        </message>
        <message>
            <source>The note could not be saved. {reason}</source>
            <translation>No se pudo guardar la nota. {reason}</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <source>Discard your unsaved changes? This cannot be undone.</source>
            <translation>¿Descartar tus cambios sin guardar? No se puede deshacer.</translation>
        </message>
        <message>
            <source>This note no longer exists.</source>
            <translation>Esta nota ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>NoteFilterBar</name>
        <message>
            <source>Search your notes</source>
            <translation>Buscar en tus notas</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>&amp;Filters</source>
            <translation>&amp;Filtros</translation>
        </message>
        <message>
            <source>Show the filters</source>
            <translation>Mostrar los filtros</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <source>The past 30 days</source>
            <translation>Los últimos 30 días</translation>
        </message>
        <message>
            <source>The past 3 months</source>
            <translation>Los últimos 3 meses</translation>
        </message>
        <message>
            <source>The past year</source>
            <translation>El último año</translation>
        </message>
        <message>
            <source>Between two dates</source>
            <translation>Entre dos fechas</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>&amp;Quitar filtros</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Quitar los filtros</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Any context</source>
            <translation>Cualquier contexto</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Cualquier etiqueta</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Cualquier persona</translation>
        </message>
        <message>
            <source>Hide the filters</source>
            <translation>Ocultar los filtros</translation>
        </message>
    </context>
    <context>
        <name>NoteForm</name>
        <message>
            <source>What was the conversation?</source>
            <translation>¿De qué fue la conversación?</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>&amp;Edit list…</source>
            <translation>&amp;Editar la lista…</translation>
        </message>
        <message>
            <source>Edit your list of contexts</source>
            <translation>Editar tu lista de contextos</translation>
        </message>
        <message>
            <source>Follow-ups with a date show on your Today page when they are due.</source>
            <translation>Los seguimientos con fecha aparecen en tu página Hoy cuando llega el día.</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation>Quiénes participaron</translation>
        </message>
        <message>
            <source>Key takeaways</source>
            <translation>Lo esencial</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>The note's text</source>
            <translation>El texto de la nota</translation>
        </message>
        <message>
            <source>What was said, what you noticed, what you want to keep. Markdown works here.</source>
            <translation>Lo que se dijo, lo que notaste, lo que quieres guardar. Aquí funciona Markdown.</translation>
        </message>
        <message>
            <source>Preview of the note's text</source>
            <translation>Vista previa del texto de la nota</translation>
        </message>
        <message>
            <source>Start from p&amp;rompts</source>
            <translation>Empezar con &amp;preguntas guía</translation>
        </message>
        <message>
            <source>Add headings to the text from a template of prompts</source>
            <translation>Añadir al texto los títulos de una plantilla de preguntas guía</translation>
        </message>
        <message>
            <source>Templates of prompts</source>
            <translation>Plantillas de preguntas guía</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>Show a preview of the text</source>
            <translation>Mostrar una vista previa del texto</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No context</source>
            <translation>Sin contexto</translation>
        </message>
        <message>
            <source>A context no longer in your list</source>
            <translation>Un contexto que ya no está en tu lista</translation>
        </message>
        <message>
            <source>&amp;Edit the text</source>
            <translation>&amp;Editar el texto</translation>
        </message>
        <message>
            <source>Back to editing the text</source>
            <translation>Volver a editar el texto</translation>
        </message>
    </context>
    <context>
        <name>NoteListPanel</name>
        <message>
            <source>Order of the notes</source>
            <translation>Orden de las notas</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Las más recientes primero</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Las más antiguas primero</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Por título</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Your dialogue notes</source>
            <translation>Tus notas de diálogos</translation>
        </message>
        <message>
            <source>Enter: edit · Delete: move to the trash</source>
            <translation>Intro: editar · Supr: mover a la papelera</translation>
        </message>
    </context>
    <context>
        <name>NotePrompts</name>
        <message>
            <source>Exchange of practices</source>
            <translation>Intercambio de prácticas</translation>
        </message>
        <message>
            <source>Practices that worked</source>
            <translation>Prácticas que funcionaron</translation>
        </message>
        <message>
            <source>Obstacles</source>
            <translation>Obstáculos</translation>
        </message>
        <message>
            <source>What I take away</source>
            <translation>Lo que me llevo</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Counselling session</source>
            <translation>Sesión de acompañamiento psicológico</translation>
        </message>
        <message>
            <source>What we talked about</source>
            <translation>De qué hablamos</translation>
        </message>
        <message>
            <source>What I noticed in myself</source>
            <translation>Lo que noté en mí</translation>
        </message>
        <message>
            <source>What I want to try</source>
            <translation>Lo que quiero probar</translation>
        </message>
        <message>
            <source>Team meeting</source>
            <translation>Reunión de equipo</translation>
        </message>
        <message>
            <source>What we decided</source>
            <translation>Lo que decidimos</translation>
        </message>
        <message>
            <source>Concerns raised</source>
            <translation>Preocupaciones que surgieron</translation>
        </message>
        <message>
            <source>Who does what</source>
            <translation>Quién hace qué</translation>
        </message>
    </context>
    <context>
        <name>NoteText</name>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} y {count} más</translation>
        </message>
        <message>
            <source>{date} — {title}</source>
            <translation>{date} — {title}</translation>
        </message>
        <message>
            <source>With {names}</source>
            <translation>Con {names}</translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <source>Write a new note</source>
            <translation>Escribir una nota nueva</translation>
        </message>
        <message>
            <source>New note (Ctrl+N)</source>
            <translation>Nota nueva (Ctrl+N)</translation>
        </message>
        <message>
            <source>Show the trash</source>
            <translation>Mostrar la papelera</translation>
        </message>
        <message>
            <source>Restore the chosen note</source>
            <translation>Restaurar la nota elegida</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nota nueva</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>&amp;Papelera</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>Vaciar la &amp;papelera…</translation>
        </message>
        <message>
            <source>Empty the trash for good</source>
            <translation>Vaciar la papelera definitivamente</translation>
        </message>
        <message>
            <source>Choose a note to read it here.</source>
            <translation>Elige una nota para leerla aquí.</translation>
        </message>
        <message numerus="yes">
            <source>%n notes in the trash</source>
            <translation>
                <numerusform>%n nota en la papelera</numerusform>
                <numerusform>%n notas en la papelera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notes</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>La papelera está vacía.</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or clear the filters.</source>
            <translation>No hay coincidencias. Prueba otras palabras o quita los filtros.</translation>
        </message>
        <message>
            <source>No notes yet. After a peer circle, a counselling session or a team meeting, keep here what you want to remember: “New note”, or Ctrl+N.</source>
            <translation>Todavía no hay notas. Después de un círculo de pares, una sesión de acompañamiento o una reunión de equipo, guarda aquí lo que quieras recordar: «Nota nueva» o Ctrl+N.</translation>
        </message>
        <message>
            <source>You have a note you have not saved yet.</source>
            <translation>Tienes una nota que aún no guardaste.</translation>
        </message>
        <message>
            <source>Continue writing</source>
            <translation>Seguir escribiendo</translation>
        </message>
        <message>
            <source>Continue your unsaved note</source>
            <translation>Seguir con tu nota sin guardar</translation>
        </message>
        <message>
            <source>Note moved to the trash.</source>
            <translation>Nota movida a la papelera.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo: bring the note back</source>
            <translation>Deshacer: recuperar la nota</translation>
        </message>
        <message>
            <source>Bring the note back (Ctrl+Z)</source>
            <translation>Recuperar la nota (Ctrl+Z)</translation>
        </message>
        <message>
            <source>The note is back among your notes.</source>
            <translation>La nota volvió a tus notas.</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Vaciar la papelera</translation>
        </message>
        <message>
            <source>Remove every note in the trash for good? This cannot be undone, and there is no copy anywhere else.</source>
            <translation>¿Eliminar para siempre todas las notas de la papelera? No se puede deshacer y no hay ninguna copia en otro lugar.</translation>
        </message>
        <message numerus="yes">
            <source>%n notes removed for good.</source>
            <translation>
                <numerusform>%n nota eliminada para siempre.</numerusform>
                <numerusform>%n notas eliminadas para siempre.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Back to the notes</source>
            <translation>&amp;Volver a las notas</translation>
        </message>
        <message>
            <source>Back to the notes</source>
            <translation>Volver a las notas</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Act on this message</source>
            <translation>Actuar sobre este mensaje</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Cerrar este mensaje</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsInput</name>
        <message>
            <source>People who took part</source>
            <translation>Personas que participaron</translation>
        </message>
        <message>
            <source>Type a name, or search your directory</source>
            <translation>Escribe un nombre o busca en tu directorio</translation>
        </message>
        <message>
            <source>Add a person who took part</source>
            <translation>Añadir a una persona que participó</translation>
        </message>
        <message>
            <source>Choose someone from your directory, or press Enter to add the name as typed</source>
            <translation>Elige a alguien de tu directorio, o pulsa Intro para añadir el nombre tal como lo escribiste</translation>
        </message>
        <message>
            <source>Clear the name</source>
            <translation>Borrar el nombre</translation>
        </message>
        <message>
            <source>Linked names open their directory entry.</source>
            <translation>Los nombres enlazados abren su ficha del directorio.</translation>
        </message>
        <message>
            <source>Matching people in your directory</source>
            <translation>Personas de tu directorio que coinciden</translation>
        </message>
        <message>
            <source>{name} · {organisation}</source>
            <translation>{name} · {organisation}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Quitar a {name}</translation>
        </message>
        <message>
            <source>Open {name} in the directory</source>
            <translation>Abrir {name} en el directorio</translation>
        </message>
        <message>
            <source>Open in the directory</source>
            <translation>Abrir en el directorio</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <source>Caps Lock seems to be on.</source>
            <translation>Parece que las mayúsculas están activadas.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Hide the passphrase</source>
            <translation>Ocultar la frase de contraseña</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Mostrar la frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Add someone who would look after them</source>
            <translation>Añadir a alguien que las cuidaría</translation>
        </message>
        <message>
            <source>Add a person for an emergency</source>
            <translation>Añadir una persona para una emergencia</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Who this is for you</source>
            <translation>Quién es para ti</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Who this is</source>
            <translation>&amp;Quién es</translation>
        </message>
        <message>
            <source>Save this person</source>
            <translation>Guardar esta persona</translation>
        </message>
        <message>
            <source>Cancel adding a person</source>
            <translation>Cancelar y no añadir a nadie</translation>
        </message>
        <message>
            <source>Someone who would look after the people who depend on you</source>
            <translation>Alguien que cuidaría de las personas que dependen de ti</translation>
        </message>
        <message>
            <source>Someone you would reach in a hard moment</source>
            <translation>Alguien a quien acudirías en un momento difícil</translation>
        </message>
        <message>
            <source>Add a name, so you know who this is.</source>
            <translation>Añade un nombre, así sabrás quién es.</translation>
        </message>
        <message>
            <source>Add at least one way to reach this person.</source>
            <translation>Añade al menos una forma de contactar a esta persona.</translation>
        </message>
    </context>
    <context>
        <name>PlaceForm</name>
        <message>
            <source>Sync through</source>
            <translation>Sincronizar a través de</translation>
        </message>
        <message>
            <source>A f&amp;older (a USB stick or a synced folder)</source>
            <translation>Una carpe&amp;ta (una memoria USB o una carpeta sincronizada)</translation>
        </message>
        <message>
            <source>A &amp;WebDAV server (Nextcloud, ownCloud, Synology…)</source>
            <translation>Un servidor &amp;WebDAV (Nextcloud, ownCloud, Synology…)</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Password or app token</source>
            <translation>Contraseña o token de aplicación</translation>
        </message>
        <message>
            <source>Certificate authority file (advanced)</source>
            <translation>Archivo de la autoridad de certificación (avanzado)</translation>
        </message>
        <message>
            <source>None: the usual authorities are trusted</source>
            <translation>Ninguno: se confía en las autoridades habituales</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Exa&amp;minar…</translation>
        </message>
        <message>
            <source>Choose a certificate authority file</source>
            <translation>Elegir un archivo de autoridad de certificación</translation>
        </message>
        <message>
            <source>Forget the fil&amp;e</source>
            <translation>Ol&amp;vidar el archivo</translation>
        </message>
        <message>
            <source>Forget the certificate authority file</source>
            <translation>Olvidar el archivo de la autoridad de certificación</translation>
        </message>
        <message>
            <source>Only for a server whose owner gave you their certificate authority file; leave it empty otherwise.</source>
            <translation>Solo para un servidor cuya persona responsable te dio su archivo de autoridad de certificación; si no, déjalo vacío.</translation>
        </message>
        <message>
            <source>&amp;Test the server</source>
            <translation>Pro&amp;bar el servidor</translation>
        </message>
        <message>
            <source>Test the server</source>
            <translation>Probar el servidor</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>&amp;Dirección del servidor</translation>
        </message>
        <message>
            <source>User na&amp;me</source>
            <translation>Nombre de usuari&amp;o</translation>
        </message>
        <message>
            <source>Passwor&amp;d or app token</source>
            <translation>Contraseña o to&amp;ken de aplicación</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer)</source>
            <translation>Certificados (*.pem *.crt *.cer)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose the certificate authority file</source>
            <translation>Elegir el archivo de la autoridad de certificación</translation>
        </message>
        <message>
            <source>The server works: files can be written, read back and listed there, and it never replaces one. You can use it for sync.</source>
            <translation>El servidor funciona: se pueden escribir, volver a leer y listar archivos, y nunca reemplaza ninguno. Puedes usarlo para sincronizar.</translation>
        </message>
        <message>
            <source>The server did not accept that user name and password (or app token). Check both and try again.</source>
            <translation>El servidor no aceptó ese nombre de usuario y esa contraseña (o token de aplicación). Revisa ambos y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>There is no such folder on the server. Check the address: it ends with the folder that holds your files.</source>
            <translation>Esa carpeta no existe en el servidor. Revisa la dirección: termina con la carpeta que guarda tus archivos.</translation>
        </message>
        <message>
            <source>This server cannot rename a file without replacing another (WebDAV MOVE), so it cannot be used safely for sync.</source>
            <translation>Este servidor no puede renombrar un archivo sin reemplazar otro (WebDAV MOVE), así que no se puede usar con seguridad para sincronizar.</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted, so nothing was sent. Ask whoever runs the server, or choose their certificate authority file.</source>
            <translation>El certificado del servidor no es de confianza, así que no se envió nada. Pregunta a quien administra el servidor, o elige su archivo de autoridad de certificación.</translation>
        </message>
        <message>
            <source>The server did not answer in time. Try again a little later.</source>
            <translation>El servidor no respondió a tiempo. Vuelve a intentarlo un poco más tarde.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and your connection to the internet.</source>
            <translation>No se puede llegar al servidor. Revisa la dirección y tu conexión a internet.</translation>
        </message>
        <message>
            <source>The server sent the connection on to another server, which is refused. Check the address with whoever runs the server.</source>
            <translation>El servidor desvió la conexión a otro servidor, y eso se rechaza. Revisa la dirección con quien administra el servidor.</translation>
        </message>
        <message>
            <source>The server is full: it has no room for new files.</source>
            <translation>El servidor está lleno: no tiene espacio para archivos nuevos.</translation>
        </message>
        <message>
            <source>A file on the server is locked by another program. Try again a little later.</source>
            <translation>Otro programa tiene bloqueado un archivo en el servidor. Vuelve a intentarlo un poco más tarde.</translation>
        </message>
        <message>
            <source>The server failed to answer properly. Try again later, or ask whoever runs it.</source>
            <translation>El servidor no respondió correctamente. Vuelve a intentarlo más tarde, o pregunta a quien lo administra.</translation>
        </message>
        <message>
            <source>That address cannot be used. It starts with https:// and names the server, with no user name or password in it.</source>
            <translation>Esa dirección no se puede usar. Empieza por https:// y nombra el servidor, sin nombre de usuario ni contraseña.</translation>
        </message>
        <message>
            <source>That server cannot be used for sync: files could not be written and read back there safely. Nothing was changed.</source>
            <translation>Ese servidor no se puede usar para sincronizar: no se pudieron escribir y volver a leer archivos allí con seguridad. No se cambió nada.</translation>
        </message>
        <message>
            <source>Testing the server…</source>
            <translation>Probando el servidor…</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>My self-care plan</source>
            <translation>Mi plan de autocuidado</translation>
        </message>
        <message>
            <source>Your plan, in your own words, for the days when it is hard to think clearly. Write as much or as little as you like; it is saved as you write, inside your encrypted vault.</source>
            <translation>Tu plan, con tus propias palabras, para los días en que cuesta pensar con claridad. Escribe tanto o tan poco como quieras; se guarda mientras escribes, dentro de tu bóveda cifrada.</translation>
        </message>
        <message>
            <source>Opening your plan…</source>
            <translation>Abriendo tu plan…</translation>
        </message>
        <message numerus="yes">
            <source>This section is too long to save. Please shorten it to %n characters or fewer.</source>
            <translation>
                <numerusform>Esta sección es demasiado larga para guardarla. Acórtala a %n carácter o menos.</numerusform>
                <numerusform>Esta sección es demasiado larga para guardarla. Acórtala a %n caracteres o menos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved in your vault.</source>
            <translation>Guardado en tu bóveda.</translation>
        </message>
        <message>
            <source>Your plan could not be saved: {reason}</source>
            <translation>No se pudo guardar tu plan: {reason}</translation>
        </message>
        <message>
            <source>A safer place I can go</source>
            <translation>Un lugar más seguro al que puedo ir</translation>
        </message>
        <message>
            <source>Who looks after the people who depend on me</source>
            <translation>Quién cuida de las personas que dependen de mí</translation>
        </message>
        <message>
            <source>My warning signs</source>
            <translation>Mis señales de alerta</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>Lo que me ayuda</translation>
        </message>
        <message>
            <source>People I can reach</source>
            <translation>Personas a las que puedo acudir</translation>
        </message>
        <message>
            <source>My boundaries and commitments</source>
            <translation>Mis límites y compromisos</translation>
        </message>
        <message>
            <source>What keeps me going</source>
            <translation>Lo que me sostiene</translation>
        </message>
        <message>
            <source>Where you could go if home or the office is not safe, and how to get there.</source>
            <translation>Adónde podrías ir si tu casa o la oficina no son seguras, y cómo llegar.</translation>
        </message>
        <message>
            <source>Children, elders or others who rely on you: who would look after them if you could not, and what they need to know (school, medicines, routines).</source>
            <translation>Niñas y niños, personas mayores u otras personas que dependen de ti: quién las cuidaría si tú no pudieras, y qué hay que saber (escuela, medicinas, rutinas).</translation>
        </message>
        <message>
            <source>What tells you that stress is building up? For example: sleeping badly, snapping at people, feeling numb.</source>
            <translation>¿Qué te indica que el estrés se está acumulando? Por ejemplo: dormir mal, reaccionar con brusquedad, sentir que no sientes nada.</translation>
        </message>
        <message>
            <source>Small things count: a walk, music, a call, a proper meal, prayer, time alone.</source>
            <translation>Las cosas pequeñas cuentan: un paseo, música, una llamada, una buena comida, rezar, un rato a solas.</translation>
        </message>
        <message>
            <source>Who can you call or write to when things get hard? A friend, a colleague, a counsellor, a helpline.</source>
            <translation>¿A quién puedes llamar o escribir cuando las cosas se ponen difíciles? Una amistad, alguien de tu equipo, una persona de acompañamiento psicológico, una línea de ayuda.</translation>
        </message>
        <message>
            <source>What will you say no to? What have you promised yourself, and others?</source>
            <translation>¿A qué vas a decir que no? ¿Qué te has prometido a ti y a otras personas?</translation>
        </message>
        <message>
            <source>What gives you strength and meaning, in this work and outside it.</source>
            <translation>Lo que te da fuerza y sentido, en este trabajo y fuera de él.</translation>
        </message>
    </context>
    <context>
        <name>PlanSummaryCard</name>
        <message>
            <source>My warning signs</source>
            <translation>Mis señales de alerta</translation>
        </message>
        <message>
            <source>What helps me</source>
            <translation>Lo que me ayuda</translation>
        </message>
        <message>
            <source>People I can reach</source>
            <translation>Personas a las que puedo acudir</translation>
        </message>
        <message>
            <source>My boundaries</source>
            <translation>Mis límites</translation>
        </message>
        <message>
            <source>What keeps me going</source>
            <translation>Lo que me sostiene</translation>
        </message>
        <message>
            <source>Your plan is empty for now. Writing down what helps, on a calm day, makes it easier to find on a hard one.</source>
            <translation>Tu plan está vacío por ahora. Escribir lo que te ayuda en un día tranquilo hace que sea más fácil encontrarlo en un día difícil.</translation>
        </message>
        <message>
            <source>Open my &amp;plan</source>
            <translation>Abrir mi &amp;plan</translation>
        </message>
        <message>
            <source>Open my self-care plan</source>
            <translation>Abrir mi plan de autocuidado</translation>
        </message>
        <message>
            <source>My self-care plan</source>
            <translation>Mi plan de autocuidado</translation>
        </message>
    </context>
    <context>
        <name>PublicLines</name>
        <message>
            <source>{hours} · from {source}, seen {date} · check before relying on it</source>
            <translation>{hours} · de {source}, visto en {date} · compruébalo antes de confiar en ello</translation>
        </message>
    </context>
    <context>
        <name>PublicLinesDialog</name>
        <message>
            <source>Need help now?</source>
            <translation>¿Necesitas ayuda ahora?</translation>
        </message>
        <message>
            <source>These public lines answer at any hour. Enter copies the number you choose. Your own people stay inside your vault: unlock it to see them.</source>
            <translation>Estas líneas públicas atienden a cualquier hora. Intro copia el número que elijas. Tus propias personas se quedan dentro de tu bóveda: desbloquéala para verlas.</translation>
        </message>
        <message>
            <source>Public lines that answer at any hour</source>
            <translation>Líneas públicas que atienden a cualquier hora</translation>
        </message>
        <message>
            <source>Close Need help now</source>
            <translation>Cerrar «¿Necesitas ayuda ahora?»</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Ver en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Ficheros de &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>RatingInput</name>
        <message>
            <source>Your rating, from 0 to 10</source>
            <translation>Tu valoración, de 0 a 10</translation>
        </message>
        <message>
            <source>Type a number, or use the arrow keys. Choosing nothing is fine too.</source>
            <translation>Escribe un número o usa las flechas. Tampoco pasa nada si no eliges.</translation>
        </message>
    </context>
    <context>
        <name>ReachPicker</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy the chosen number or address</source>
            <translation>Copiar el número o la dirección elegidos</translation>
        </message>
        <message>
            <source>No number saved</source>
            <translation>Sin número guardado</translation>
        </message>
        <message>
            <source>There is no number or address saved for {name}.</source>
            <translation>No hay ningún número ni dirección guardados para {name}.</translation>
        </message>
        <message numerus="yes">
            <source>Copied {value}. It is taken off the clipboard after %n seconds.</source>
            <translation>
                <numerusform>Copiado: {value}. Se quita del portapapeles al cabo de %n segundo.</numerusform>
                <numerusform>Copiado: {value}. Se quita del portapapeles a los %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ways to reach them</source>
            <translation>Formas de contactar</translation>
        </message>
        <message>
            <source>Ways to reach {name}</source>
            <translation>Formas de contactar a {name}</translation>
        </message>
    </context>
    <context>
        <name>ReachSomeoneDialog</name>
        <message>
            <source>Reach someone now</source>
            <translation>Contactar a alguien ya</translation>
        </message>
        <message>
            <source>Your people come first. Enter copies the number of the one you choose; Tab shows their other ways to reach them.</source>
            <translation>Tus personas van primero. Intro copia el número de quien elijas; Tab muestra sus otras formas de contacto.</translation>
        </message>
        <message>
            <source>You have not added your own people for an emergency yet. The ones below come from your directory.</source>
            <translation>Todavía no añadiste a tus propias personas para una emergencia. Las de abajo vienen de tu directorio.</translation>
        </message>
        <message>
            <source>People and lines you can reach</source>
            <translation>Personas y líneas a las que puedes acudir</translation>
        </message>
        <message>
            <source>&amp;Open in directory</source>
            <translation>&amp;Abrir en el directorio</translation>
        </message>
        <message>
            <source>&amp;My emergency people…</source>
            <translation>&amp;Mis personas para emergencias…</translation>
        </message>
        <message>
            <source>Close Reach someone now</source>
            <translation>Cerrar «Contactar a alguien ya»</translation>
        </message>
        <message>
            <source>There is no one here yet. Add the people and numbers you would call in an emergency, so they are here offline when you need them.</source>
            <translation>Todavía no hay nadie aquí. Añade a las personas y los números a los que llamarías en una emergencia, para tenerlos aquí sin conexión cuando los necesites.</translation>
        </message>
        <message>
            <source>Security contact</source>
            <translation>Contacto de seguridad</translation>
        </message>
        <message>
            <source>A local number you trust</source>
            <translation>Un número local de confianza</translation>
        </message>
        <message>
            <source>Would look after the people who depend on you</source>
            <translation>Cuidaría de las personas que dependen de ti</translation>
        </message>
        <message>
            <source>Your person for an emergency</source>
            <translation>Tu persona para una emergencia</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorito</translation>
        </message>
    </context>
    <context>
        <name>ReachWindow</name>
        <message>
            <source>&amp;Breathe and ground</source>
            <translation>&amp;Respirar y anclarme</translation>
        </message>
        <message>
            <source>Breathe and ground</source>
            <translation>Respirar y anclarme</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>C&amp;errar</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Your recovery code</source>
            <translation>Tu código de recuperación</translation>
        </message>
        <message>
            <source>Recovery code: {code}</source>
            <translation>Código de recuperación: {code}</translation>
        </message>
        <message>
            <source>Write this code down on paper and keep it somewhere safe, away from this computer. Anyone with it can open your vault. It is shown only this once.</source>
            <translation>Escribe este código en papel y guárdalo en un lugar seguro, lejos de esta computadora. Cualquier persona que lo tenga puede abrir tu bóveda. Solo se muestra esta vez.</translation>
        </message>
        <message>
            <source>If you forget your passphrase, choose “Forgot passphrase?” on the unlock screen and type this code to set a new one.</source>
            <translation>Si olvidas tu frase de contraseña, elige «¿Olvidaste la frase?» en la pantalla de desbloqueo y escribe este código para poner una nueva.</translation>
        </message>
        <message>
            <source>The code you had before no longer opens this vault.</source>
            <translation>El código que tenías antes ya no abre esta bóveda.</translation>
        </message>
        <message>
            <source>I have &amp;written it down</source>
            <translation>Ya lo &amp;escribí</translation>
        </message>
        <message>
            <source>I have written it down: hide the code</source>
            <translation>Ya lo escribí: ocultar el código</translation>
        </message>
    </context>
    <context>
        <name>RecoveryOfferDialog</name>
        <message>
            <source>A way back in</source>
            <translation>Una forma de volver a entrar</translation>
        </message>
        <message>
            <source>If you ever forget your passphrase, a recovery code lets you set a new one. It is a line of letters and numbers to write down and keep somewhere safe. Anyone who has it can open your vault, so you may prefer not to have one.</source>
            <translation>Si algún día olvidas tu frase de contraseña, un código de recuperación te permite poner una nueva. Es una línea de letras y números que escribes y guardas en un lugar seguro. Cualquier persona que lo tenga puede abrir tu bóveda, así que quizá prefieras no tener uno.</translation>
        </message>
        <message>
            <source>You can add one later in Settings, under “Your vault”.</source>
            <translation>Puedes añadirlo más tarde en Ajustes, en «Tu bóveda».</translation>
        </message>
        <message>
            <source>&amp;Add a recovery code…</source>
            <translation>&amp;Añadir un código de recuperación…</translation>
        </message>
        <message>
            <source>Add a recovery code</source>
            <translation>Añadir un código de recuperación</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>Ahora &amp;no</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
    </context>
    <context>
        <name>Request</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Make your vault again from a backup file. A vault already in that folder is not overwritten: it is kept beside it, with today's date in its name.</source>
            <translation>Rehaz tu bóveda a partir de un archivo de copia. Una bóveda que ya esté en esa carpeta no se sobrescribe: se guarda a su lado, con la fecha de hoy en el nombre.</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Archivo de copia</translation>
        </message>
        <message>
            <source>A file ending in .wdbackup</source>
            <translation>Un archivo que termina en .wdbackup</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>E&amp;legir…</translation>
        </message>
        <message>
            <source>Choose the backup file</source>
            <translation>Elegir el archivo de copia</translation>
        </message>
        <message>
            <source>The backup's passphrase</source>
            <translation>Frase de contraseña de la copia</translation>
        </message>
        <message>
            <source>The passphrase the vault had when the backup was made.</source>
            <translation>La frase de contraseña que tenía la bóveda cuando se hizo la copia.</translation>
        </message>
        <message>
            <source>Restore to this folder</source>
            <translation>Restaurar en esta carpeta</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>Eleg&amp;ir…</translation>
        </message>
        <message>
            <source>Choose where to restore</source>
            <translation>Elegir dónde restaurar</translation>
        </message>
        <message>
            <source>Restoring… this takes a moment.</source>
            <translation>Restaurando… tarda un momento.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restaurar la copia</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Restore to</source>
            <translation>Restaurar en</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Elige un archivo de copia</translation>
        </message>
        <message>
            <source>Wellbeing Desk backups (*.wdbackup);;All files (*)</source>
            <translation>Copias de Wellbeing Desk (*.wdbackup);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>RestoreLink</name>
        <message>
            <source>Restore a &amp;backup…</source>
            <translation>Restaurar una &amp;copia…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Make your vault again from a backup file</source>
            <translation>Rehacer tu bóveda a partir de un archivo de copia</translation>
        </message>
    </context>
    <context>
        <name>RestoredMessage</name>
        <message>
            <source>The backup was restored. Unlock it with the backup's passphrase.</source>
            <translation>La copia se restauró. Desbloquéala con la frase de contraseña de la copia.</translation>
        </message>
        <message>
            <source>The backup was restored to {folder}.</source>
            <translation>La copia se restauró en {folder}.</translation>
        </message>
        <message>
            <source>The vault that was there is kept at {folder}.</source>
            <translation>La bóveda que había allí se guarda en {folder}.</translation>
        </message>
    </context>
    <context>
        <name>ScaleInput</name>
        <message>
            <source>Nothing chosen yet. {scale}</source>
            <translation>Aún no hay nada elegido. {scale}</translation>
        </message>
    </context>
    <context>
        <name>Scales</name>
        <message>
            <source>Stress, from 0 to 10</source>
            <translation>Estrés, de 0 a 10</translation>
        </message>
        <message>
            <source>0 calm</source>
            <translation>0 calma</translation>
        </message>
        <message>
            <source>10 the most stressed I have felt</source>
            <translation>10 el mayor estrés que he sentido</translation>
        </message>
        <message>
            <source>Mood, from 1 to 5</source>
            <translation>Ánimo, de 1 a 5</translation>
        </message>
        <message>
            <source>1 very low</source>
            <translation>1 muy bajo</translation>
        </message>
        <message>
            <source>5 very good</source>
            <translation>5 muy bueno</translation>
        </message>
        <message>
            <source>Energy, from 1 to 5</source>
            <translation>Energía, de 1 a 5</translation>
        </message>
        <message>
            <source>1 drained</source>
            <translation>1 sin energía</translation>
        </message>
        <message>
            <source>5 full of energy</source>
            <translation>5 con mucha energía</translation>
        </message>
    </context>
    <context>
        <name>SearchPalette</name>
        <message>
            <source>Search everywhere</source>
            <translation>Buscar en todo</translation>
        </message>
        <message>
            <source>Search your journal, debriefs, directory and notes</source>
            <translation>Busca en tu diario, tus repasos, tu directorio y tus notas</translation>
        </message>
        <message>
            <source>Up and Down choose a result, Enter opens it, Esc closes.</source>
            <translation>Arriba y Abajo eligen un resultado, Intro lo abre y Esc cierra.</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>Results, grouped by section</source>
            <translation>Resultados, agrupados por sección</translation>
        </message>
        <message>
            <source>Nothing matches. Try other words, or fewer of them.</source>
            <translation>Nada coincide. Prueba con otras palabras o con menos.</translation>
        </message>
        <message>
            <source>Type to search your journal, debriefs, directory and notes.</source>
            <translation>Escribe para buscar en tu diario, tus repasos, tu directorio y tus notas.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultModel</name>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Debriefs</source>
            <translation>Repasos</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Directorio</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
    </context>
    <context>
        <name>SensesPage</name>
        <message>
            <source>One sense at a time. Name things to yourself, or type a word if it helps. Nothing you type here is saved, and it is gone when you close this window.</source>
            <translation>Un sentido a la vez. Nombra las cosas para ti, o escribe una palabra si te ayuda. Nada de lo que escribas aquí se guarda, y desaparece al cerrar esta ventana.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Go back one step</source>
            <translation>Volver un paso atrás</translation>
        </message>
        <message>
            <source>Start &amp;again</source>
            <translation>Empezar de &amp;nuevo</translation>
        </message>
        <message>
            <source>Start the exercise again</source>
            <translation>Empezar el ejercicio de nuevo</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminar</translation>
        </message>
        <message>
            <source>Finish the exercise</source>
            <translation>Terminar el ejercicio</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>Si&amp;guiente</translation>
        </message>
        <message>
            <source>Go to the next step</source>
            <translation>Ir al siguiente paso</translation>
        </message>
        <message>
            <source>Step {number} of {total}</source>
            <translation>Paso {number} de {total}</translation>
        </message>
        <message>
            <source>Here and now</source>
            <translation>Aquí y ahora</translation>
        </message>
        <message>
            <source>Take one more slow breath. Notice how you feel now, without judging it. Whatever you typed is already gone.</source>
            <translation>Respira lento una vez más. Fíjate en cómo te sientes ahora, sin juzgarlo. Lo que escribiste ya se borró.</translation>
        </message>
        <message>
            <source>You can come back to this exercise at any time with {keys}.</source>
            <translation>Puedes volver a este ejercicio cuando quieras con {keys}.</translation>
        </message>
        <message>
            <source>Five things you can see</source>
            <translation>Cinco cosas que puedes ver</translation>
        </message>
        <message>
            <source>Four things you can touch</source>
            <translation>Cuatro cosas que puedes tocar</translation>
        </message>
        <message>
            <source>Three things you can hear</source>
            <translation>Tres cosas que puedes oír</translation>
        </message>
        <message>
            <source>Two things you can smell</source>
            <translation>Dos cosas que puedes oler</translation>
        </message>
        <message>
            <source>One thing you can taste</source>
            <translation>Una cosa que puedes saborear</translation>
        </message>
        <message>
            <source>Look around slowly. Notice five things you can see: a colour, a shape, the light on a wall.</source>
            <translation>Mira a tu alrededor con calma. Fíjate en cinco cosas que puedes ver: un color, una forma, la luz sobre una pared.</translation>
        </message>
        <message>
            <source>Notice four things you can feel: your feet on the floor, the chair holding you, the air on your skin, the cloth of your sleeve.</source>
            <translation>Fíjate en cuatro cosas que puedes sentir: tus pies en el suelo, la silla que te sostiene, el aire en tu piel, la tela de tu manga.</translation>
        </message>
        <message>
            <source>Listen for three sounds, near or far. Your own breathing counts too.</source>
            <translation>Escucha tres sonidos, cercanos o lejanos. Tu propia respiración también cuenta.</translation>
        </message>
        <message>
            <source>Find two things you can smell. If nothing comes, bring to mind two smells you like.</source>
            <translation>Busca dos cosas que puedas oler. Si no aparece nada, recuerda dos olores que te gusten.</translation>
        </message>
        <message>
            <source>Notice one thing you can taste, or take a sip of water and notice that.</source>
            <translation>Fíjate en un sabor que sientas ahora, o toma un sorbo de agua y fíjate en él.</translation>
        </message>
        <message>
            <source>Something you can see, {number} of {total}</source>
            <translation>Algo que puedes ver, {number} de {total}</translation>
        </message>
        <message>
            <source>Something you can touch, {number} of {total}</source>
            <translation>Algo que puedes tocar, {number} de {total}</translation>
        </message>
        <message>
            <source>Something you can hear, {number} of {total}</source>
            <translation>Algo que puedes oír, {number} de {total}</translation>
        </message>
        <message>
            <source>Something you can smell, {number} of {total}</source>
            <translation>Algo que puedes oler, {number} de {total}</translation>
        </message>
        <message>
            <source>Something you can taste</source>
            <translation>Algo que puedes saborear</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Lock automatically after</source>
            <translation>Bloquear automáticamente tras</translation>
        </message>
        <message>
            <source>Lock when the window is minimised</source>
            <translation>Bloquear al minimizar la ventana</translation>
        </message>
        <message>
            <source>Call the window “Notes”, not “Wellbeing Desk”</source>
            <translation>Llamar a la ventana «Notas», no «Wellbeing Desk»</translation>
        </message>
        <message>
            <source>The title shows in the task bar and window switcher, even while locked.</source>
            <translation>El título se ve en la barra de tareas y en el selector de ventanas, también con la app bloqueada.</translation>
        </message>
        <message>
            <source>Counted from your last key press or click in Wellbeing Desk. The vault also locks when your screen locks or the computer sleeps.</source>
            <translation>Se cuenta desde tu última tecla o clic en Wellbeing Desk. La bóveda también se bloquea cuando se bloquea la pantalla o la computadora entra en reposo.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>El mismo que el sistema</translation>
        </message>
        <message>
            <source>The new language is used the next time you start Wellbeing Desk.</source>
            <translation>El nuevo idioma se usará la próxima vez que abras Wellbeing Desk.</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Reducir el movimiento</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Como en el sistema</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Siempre</translation>
        </message>
        <message>
            <source>With less motion, the breathing guide shows still steps and a count instead of a growing circle.</source>
            <translation>Con menos movimiento, la guía de respiración muestra pasos fijos y una cuenta en lugar de un círculo que crece.</translation>
        </message>
        <message>
            <source>Locking</source>
            <translation>Bloqueo</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accesibilidad</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 minuto</translation>
        </message>
        <message>
            <source>2 minutes</source>
            <translation>2 minutos</translation>
        </message>
        <message>
            <source>5 minutes</source>
            <translation>5 minutos</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>10 minutos</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 minutos</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minutos</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>Turning off automatic locking needs your passphrase.</source>
            <translation>Para desactivar el bloqueo automático necesitas tu frase de contraseña.</translation>
        </message>
    </context>
    <context>
        <name>ShareWithTeamDialog</name>
        <message>
            <source>Share with a team</source>
            <translation>Compartir con un equipo</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Equipo:</translation>
        </message>
        <message>
            <source>The team to share a copy with</source>
            <translation>El equipo con el que compartir una copia</translation>
        </message>
        <message>
            <source>&amp;Share a copy</source>
            <translation>&amp;Compartir una copia</translation>
        </message>
        <message>
            <source>Cancel: share nothing</source>
            <translation>Cancelar: no compartir nada</translation>
        </message>
        <message>
            <source>Share a copy of “{entry}” with the team “{team}”? Everyone in the team will see it and can change it; it goes at the team's next sync. Your own entry stays as it is, and your notes on it are not shared.</source>
            <translation>¿Compartir una copia de «{entry}» con el equipo «{team}»? Todo el equipo podrá verla y cambiarla; se envía en la próxima sincronización del equipo. Tu entrada queda como está y tus notas sobre ella no se comparten.</translation>
        </message>
        <message>
            <source>Share a copy with the team “{team}”</source>
            <translation>Compartir una copia con el equipo «{team}»</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Passphrase strength</source>
            <translation>Solidez de la frase de contraseña</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n characters. A few words only you know work well.</source>
            <translation>
                <numerusform>Demasiado corta: usa al menos %n carácter. Unas palabras que solo tú conozcas funcionan bien.</numerusform>
                <numerusform>Demasiado corta: usa al menos %n caracteres. Unas palabras que solo tú conozcas funcionan bien.</numerusform>
            </translation>
        </message>
        <message>
            <source>Very weak: this would be guessed almost at once.</source>
            <translation>Muy débil: se adivinaría casi al instante.</translation>
        </message>
        <message>
            <source>Weak: this could be guessed quickly.</source>
            <translation>Débil: se podría adivinar rápidamente.</translation>
        </message>
        <message>
            <source>Fair, but still guessable. A few more words would help.</source>
            <translation>Aceptable, pero aún se puede adivinar. Unas palabras más ayudarían.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Fuerte.</translation>
        </message>
        <message>
            <source>Very strong.</source>
            <translation>Muy fuerte.</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Your summary</source>
            <translation>Tu resumen</translation>
        </message>
        <message>
            <source>It is kept, encrypted, with your debriefs. Nothing leaves this computer unless you export it.</source>
            <translation>Se guarda cifrado con tus repasos. Nada sale de esta computadora salvo que lo exportes.</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Acciones de seguimiento</translation>
        </message>
        <message>
            <source>When they are due, they show on your Today page.</source>
            <translation>Cuando llegue el día, aparecerán en tu página Hoy.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Export this summary as a Markdown or PDF file</source>
            <translation>Exportar este resumen como archivo Markdown o PDF</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;Conservar</translation>
        </message>
        <message>
            <source>Keep it and go back to your debriefs</source>
            <translation>Conservarlo y volver a tus repasos</translation>
        </message>
        <message>
            <source>&amp;Change answers</source>
            <translation>Cambiar &amp;respuestas</translation>
        </message>
        <message>
            <source>Open this debrief again to change or add to your answers</source>
            <translation>Abrir este repaso otra vez para cambiar o completar tus respuestas</translation>
        </message>
        <message>
            <source>{title} · {date}</source>
            <translation>{title} · {date}</translation>
        </message>
        <message>
            <source>{title} · started {start}, finished {end}</source>
            <translation>{title} · empezado el {start}, terminado el {end}</translation>
        </message>
        <message>
            <source>You did not write anything down this time, and that is fine.</source>
            <translation>Esta vez no anotaste nada, y está bien.</translation>
        </message>
        <message>
            <source>{action} — by {date}</source>
            <translation>{action}, para el {date}</translation>
        </message>
    </context>
    <context>
        <name>SupportPanel</name>
        <message>
            <source>Support</source>
            <translation>Apoyo</translation>
        </message>
        <message>
            <source>If you are thinking about hurting yourself, please reach one of your people now, or a local crisis line.</source>
            <translation>Si estás pensando en hacerte daño, por favor comunícate ahora con una de tus personas de confianza o con una línea de crisis local.</translation>
        </message>
        <message>
            <source>Try a breathing or grounding exercise</source>
            <translation>Probar un ejercicio de respiración o de anclaje</translation>
        </message>
        <message>
            <source>Stop for today: your debrief is kept and you can come back to it</source>
            <translation>Parar por hoy: tu repaso se guarda y puedes volver a él</translation>
        </message>
        <message>
            <source>Continue the debrief</source>
            <translation>Continuar el repaso</translation>
        </message>
        <message>
            <source>Reach someone</source>
            <translation>Hablar con alguien</translation>
        </message>
        <message>
            <source>These come from the starter directory. On a calm day, add the people and numbers you would call in an emergency.</source>
            <translation>Vienen del directorio inicial. En un día tranquilo, añade a las personas y los números a los que llamarías en una emergencia.</translation>
        </message>
        <message>
            <source>See counselling, trauma care, peer support and helplines in your directory</source>
            <translation>Ver acompañamiento psicológico, atención al trauma, apoyo entre pares y líneas de ayuda en tu directorio</translation>
        </message>
        <message>
            <source>Finish the debrief</source>
            <translation>Terminar el repaso</translation>
        </message>
        <message>
            <source>If you are not safe, you can stop here. Go somewhere safer, or reach someone you trust who can help. If someone could see your screen, {keys} locks and hides Wellbeing Desk at once. Your debrief is kept for when you are ready.</source>
            <translation>Si no estás a salvo, puedes parar aquí. Ve a un lugar más seguro o comunícate con alguien de confianza que pueda ayudarte. Si alguien puede ver tu pantalla, {keys} bloquea y oculta Wellbeing Desk al instante. Tu repaso se guarda para cuando te sientas con fuerzas.</translation>
        </message>
        <message>
            <source>Your safety comes first.</source>
            <translation>Tu seguridad es lo primero.</translation>
        </message>
        <message>
            <source>T&amp;ry a breathing or grounding exercise</source>
            <translation>Pr&amp;obar un ejercicio de respiración o de anclaje</translation>
        </message>
        <message>
            <source>St&amp;op for today</source>
            <translation>Pa&amp;rar por hoy</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuar</translation>
        </message>
        <message>
            <source>&amp;See support in your directory</source>
            <translation>&amp;Ver apoyo en tu directorio</translation>
        </message>
        <message>
            <source>F&amp;inish</source>
            <translation>Te&amp;rminar</translation>
        </message>
        <message>
            <source>Your distress went up.</source>
            <translation>Tu malestar subió.</translation>
        </message>
        <message>
            <source>It went from {before} to {after}. That can happen after thinking about hard things, and it is all right. Be gentle with yourself. Would one of these help?</source>
            <translation>Pasó de {before} a {after}. Puede pasar después de pensar en cosas difíciles, y está bien. Sé amable contigo. ¿Te ayudaría alguna de estas opciones?</translation>
        </message>
        <message>
            <source>That is a lot to carry right now.</source>
            <translation>Es mucho para cargar ahora mismo.</translation>
        </message>
        <message>
            <source>At the end you rated your distress {rating} out of 10. Your answers are kept. Before you close this, would one of these help?</source>
            <translation>Al terminar valoraste tu malestar en {rating} de 10. Tus respuestas se guardan. Antes de cerrar, ¿te ayudaría alguna de estas opciones?</translation>
        </message>
        <message>
            <source>That sounds like a lot right now.</source>
            <translation>Parece que ahora mismo es mucho.</translation>
        </message>
        <message>
            <source>You rated your distress {rating} out of 10. You do not have to go on: you can stop for today and come back later, or continue when you feel ready. Would one of these help?</source>
            <translation>Valoraste tu malestar en {rating} de 10. No tienes que seguir: puedes parar por hoy y volver más tarde, o seguir cuando quieras. ¿Te ayudaría alguna de estas opciones?</translation>
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
            <translation>Abrir {name} en el directorio</translation>
        </message>
    </context>
    <context>
        <name>SyncOffCard</name>
        <message>
            <source>Sync is optional, and it is off for this vault. Nothing leaves this computer unless you set it up.</source>
            <translation>La sincronización es opcional y está desactivada en esta bóveda. Nada sale de esta computadora a menos que la configures.</translation>
        </message>
        <message>
            <source>Set &amp;up sync…</source>
            <translation>&amp;Configurar la sincronización…</translation>
        </message>
        <message>
            <source>With sync, two of your vaults (on a laptop and a desktop, say) share their records through a place you choose: a folder such as a USB stick or a shared folder, or a WebDAV server such as Nextcloud. Everything is encrypted before it is written there.</source>
            <translation>Con la sincronización, dos de tus bóvedas (en una laptop y en una computadora de escritorio, por ejemplo) comparten sus registros a través de un lugar que tú eliges: una carpeta, como una memoria USB o una carpeta compartida, o un servidor WebDAV como Nextcloud. Todo se cifra antes de escribirse allí.</translation>
        </message>
        <message>
            <source>Set it up on one device: it gives you a pairing code. Then, on the other device, join through the same place with that code.</source>
            <translation>Configúrala en un dispositivo: te dará un código de emparejamiento. Luego, en el otro dispositivo, únete a través del mismo lugar con ese código.</translation>
        </message>
        <message>
            <source>Set up sync through the place chosen above</source>
            <translation>Configurar la sincronización a través del lugar elegido arriba</translation>
        </message>
        <message>
            <source>&amp;Join another device's sync…</source>
            <translation>&amp;Unirse a la sincronización de otro dispositivo…</translation>
        </message>
        <message>
            <source>Join another device's sync</source>
            <translation>Unirse a la sincronización de otro dispositivo</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Send this vault's changes and receive the others' ({keys})</source>
            <translation>Enviar los cambios de esta bóveda y recibir los de las demás ({keys})</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Ca&amp;ncelar</translation>
        </message>
        <message>
            <source>Cancel the sync</source>
            <translation>Cancelar la sincronización</translation>
        </message>
        <message>
            <source>Syncing</source>
            <translation>Sincronizando</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>&amp;Apply anyway</source>
            <translation>&amp;Aplicar de todos modos</translation>
        </message>
        <message>
            <source>Apply the sync anyway, with its removals</source>
            <translation>Aplicar la sincronización de todos modos, con sus eliminaciones</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>&amp;Revisar…</translation>
        </message>
        <message>
            <source>Review what sync kept aside</source>
            <translation>Revisar lo que la sincronización apartó</translation>
        </message>
        <message>
            <source>Show the pairing &amp;code…</source>
            <translation>Mostrar el &amp;código de emparejamiento…</translation>
        </message>
        <message>
            <source>Show the pairing code</source>
            <translation>Mostrar el código de emparejamiento</translation>
        </message>
        <message>
            <source>Lea&amp;ve sync…</source>
            <translation>&amp;Dejar de sincronizar…</translation>
        </message>
        <message>
            <source>Leave sync</source>
            <translation>Dejar de sincronizar</translation>
        </message>
        <message>
            <source>Stopping after this file…</source>
            <translation>Deteniendo después de este archivo…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n files</source>
            <translation>
                <numerusform>Se envió %n archivo</numerusform>
                <numerusform>Se enviaron %n archivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, read %n…</source>
            <translation>
                <numerusform>{sent}, se leyó %n…</numerusform>
                <numerusform>{sent}, se leyeron %n…</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the folder to sync through</source>
            <translation>Elige la carpeta a través de la cual sincronizar</translation>
        </message>
        <message>
            <source>Fill in the server address, the user name and the password first.</source>
            <translation>Primero rellena la dirección del servidor, el nombre de usuario y la contraseña.</translation>
        </message>
        <message>
            <source>Sync is set up. Nothing was sent yet: press “Sync now” when you are ready.</source>
            <translation>La sincronización está configurada. Todavía no se envió nada: pulsa «Sincronizar ahora» cuando estés lista.</translation>
        </message>
        <message>
            <source>Joined. Press “Sync now” to send what this vault has and receive what your other devices sent.</source>
            <translation>Te uniste. Pulsa «Sincronizar ahora» para enviar lo que tiene esta bóveda y recibir lo que enviaron tus otros dispositivos.</translation>
        </message>
        <message>
            <source>Type your passphrase to see the pairing code.</source>
            <translation>Escribe tu frase de contraseña para ver el código de emparejamiento.</translation>
        </message>
        <message>
            <source>Forget this device?</source>
            <translation>¿Olvidar este dispositivo?</translation>
        </message>
        <message>
            <source>This vault stops reading the sync files of device {device}. That device keeps everything that was synced before, and it can still read the folder with the pairing code. To shut it out, leave sync on your other devices and set up a new sync in a new folder.</source>
            <translation>Esta bóveda deja de leer los archivos de sincronización del dispositivo {device}. Ese dispositivo conserva todo lo que se sincronizó antes, y todavía puede leer la carpeta con el código de emparejamiento. Para dejarlo fuera, deja de sincronizar en tus otros dispositivos y configura una nueva sincronización en una carpeta nueva.</translation>
        </message>
        <message>
            <source>Device {device} is forgotten here.</source>
            <translation>El dispositivo {device} quedó olvidado aquí.</translation>
        </message>
        <message>
            <source>Leave sync?</source>
            <translation>¿Dejar de sincronizar?</translation>
        </message>
        <message>
            <source>This vault stops sending and receiving. Everything stays on this computer; what was already sent stays in the folder for your other devices.</source>
            <translation>Esta bóveda deja de enviar y recibir. Todo se queda en esta computadora; lo que ya se envió se queda en la carpeta para tus otros dispositivos.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n changes</source>
            <translation>
                <numerusform>Enviado %n cambio</numerusform>
                <numerusform>Enviados %n cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, received %n.</source>
            <translation>
                <numerusform>{sent}; recibido %n.</numerusform>
                <numerusform>{sent}; recibidos %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped. What came in is saved; the rest comes next time.</source>
            <translation>Detenida. Lo que llegó está guardado; el resto llega la próxima vez.</translation>
        </message>
        <message numerus="yes">
            <source>%n needs review.</source>
            <translation>
                <numerusform>%n por revisar.</numerusform>
                <numerusform>%n por revisar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused before removing records.</source>
            <translation>En pausa antes de eliminar registros.</translation>
        </message>
        <message>
            <source>Another device uses a newer version of Wellbeing Desk: update this one to receive its changes.</source>
            <translation>Otro dispositivo usa una versión más reciente de Wellbeing Desk: actualiza esta para recibir sus cambios.</translation>
        </message>
        <message numerus="yes">
            <source>%n files in the sync place were changed by someone without the key, or are out of order; they were not used, and nothing in them was applied.</source>
            <translation>
                <numerusform>%n archivo del lugar de sincronización fue cambiado por alguien sin la clave, o está fuera de orden; no se usó y no se aplicó nada de él.</numerusform>
                <numerusform>%n archivos del lugar de sincronización fueron cambiados por alguien sin la clave, o están fuera de orden; no se usaron y no se aplicó nada de ellos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files in the sync folder could not be used; nothing in them was applied.</source>
            <translation>
                <numerusform>%n archivo de la carpeta de sincronización no se pudo usar; no se aplicó nada de él.</numerusform>
                <numerusform>%n archivos de la carpeta de sincronización no se pudieron usar; no se aplicó nada de ellos.</numerusform>
            </translation>
        </message>
        <message>
            <source>This device's files in the sync place went back to an older copy, so everything here was sent again: nothing is missing.</source>
            <translation>Los archivos de este dispositivo en el lugar de sincronización volvieron a una copia anterior, así que todo lo de aquí se envió de nuevo: no falta nada.</translation>
        </message>
        <message numerus="yes">
            <source>Changes from %n devices wait: their clock is days ahead of this one.</source>
            <translation>
                <numerusform>Los cambios de %n dispositivo esperan: su reloj va días por delante de este.</numerusform>
                <numerusform>Los cambios de %n dispositivos esperan: su reloj va días por delante de este.</numerusform>
            </translation>
        </message>
        <message>
            <source>{kind}: {count}</source>
            <translation>{kind}: {count}</translation>
        </message>
        <message numerus="yes">
            <source>This sync would remove %n records from this vault ({counts}): they were deleted for good on another device. That is a lot at once, so nothing was removed yet. Apply the sync anyway?</source>
            <translation>
                <numerusform>Esta sincronización eliminaría %n registro de esta bóveda ({counts}): se borró definitivamente en otro dispositivo. Es mucho de una vez, así que todavía no se ha eliminado nada. ¿Aplicar la sincronización de todos modos?</numerusform>
                <numerusform>Esta sincronización eliminaría %n registros de esta bóveda ({counts}): se borraron definitivamente en otro dispositivo. Es mucho de una vez, así que todavía no se ha eliminado nada. ¿Aplicar la sincronización de todos modos?</numerusform>
            </translation>
        </message>
        <message>
            <source>journal entries</source>
            <translation>entradas del diario</translation>
        </message>
        <message>
            <source>self-care list items</source>
            <translation>elementos de las listas de autocuidado</translation>
        </message>
        <message>
            <source>self-care plan sections</source>
            <translation>secciones del plan de autocuidado</translation>
        </message>
        <message>
            <source>directory entries</source>
            <translation>entradas del directorio</translation>
        </message>
        <message>
            <source>debriefs</source>
            <translation>repasos</translation>
        </message>
        <message>
            <source>debrief templates</source>
            <translation>plantillas de repaso</translation>
        </message>
        <message>
            <source>follow-ups</source>
            <translation>seguimientos</translation>
        </message>
        <message>
            <source>dialogue notes</source>
            <translation>notas de diálogo</translation>
        </message>
        <message>
            <source>note contexts</source>
            <translation>contextos de notas</translation>
        </message>
        <message>
            <source>emergency contacts</source>
            <translation>contactos de emergencia</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>ajustes</translation>
        </message>
        <message>
            <source>The sync folder is not there. Is the drive connected? Nothing was sent or received.</source>
            <translation>La carpeta de sincronización no está. ¿Está conectada la unidad? No se envió ni se recibió nada.</translation>
        </message>
        <message>
            <source>There is no sync on that server yet. Fill in the server your other device syncs through, or set up sync there first. Nothing was changed.</source>
            <translation>Todavía no hay ninguna sincronización en ese servidor. Rellena el servidor a través del que sincroniza tu otro dispositivo, o configura primero la sincronización allí. No se cambió nada.</translation>
        </message>
        <message>
            <source>That code does not open the sync on that server. Check that it is the code your other device showed. Nothing was changed.</source>
            <translation>Ese código no abre la sincronización de ese servidor. Comprueba que es el código que mostró tu otro dispositivo. No se cambió nada.</translation>
        </message>
        <message>
            <source>That code has a typo: check each group against the code your other device shows. Nothing was changed.</source>
            <translation>Ese código tiene un error de escritura: compara cada grupo con el código que muestra tu otro dispositivo. No se cambió nada.</translation>
        </message>
        <message>
            <source>That code does not open the sync in this folder. Check that it is the code your other device showed for this folder. Nothing was changed.</source>
            <translation>Ese código no abre la sincronización de esta carpeta. Comprueba que es el código que tu otro dispositivo mostró para esta carpeta. No se cambió nada.</translation>
        </message>
        <message>
            <source>There is no sync in that folder yet. Choose the folder your other device syncs through, or set up sync there first. Nothing was changed.</source>
            <translation>Todavía no hay ninguna sincronización en esa carpeta. Elige la carpeta a través de la cual se sincroniza tu otro dispositivo, o configura primero la sincronización allí. No se cambió nada.</translation>
        </message>
        <message>
            <source>That folder is not there. Is the drive connected? Nothing was changed.</source>
            <translation>Esa carpeta no está. ¿Está conectada la unidad? No se cambió nada.</translation>
        </message>
        <message>
            <source>That sync was set up by a newer version of Wellbeing Desk. Update this one, then try again. Nothing was changed.</source>
            <translation>Esa sincronización la configuró una versión más reciente de Wellbeing Desk. Actualiza esta y vuelve a intentarlo. No se cambió nada.</translation>
        </message>
        <message>
            <source>This vault already syncs.</source>
            <translation>Esta bóveda ya se sincroniza.</translation>
        </message>
        <message>
            <source>That folder cannot be used for sync: files could not be written and read back there safely (is it write-protected, or full?). Nothing was changed.</source>
            <translation>Esa carpeta no sirve para sincronizar: no se pudieron escribir y volver a leer archivos allí con seguridad (¿está protegida contra escritura o llena?). No se cambió nada.</translation>
        </message>
        <message>
            <source>Something in that folder could not be read. Nothing was changed; you can try again.</source>
            <translation>Algo de esa carpeta no se pudo leer. No se cambió nada; puedes intentarlo de nuevo.</translation>
        </message>
        <message>
            <source>That folder could not be used. Check that it is there and that you are allowed to write to it. Nothing was changed.</source>
            <translation>No se pudo usar esa carpeta. Comprueba que está ahí y que tienes permiso para escribir en ella. No se cambió nada.</translation>
        </message>
        <message>
            <source>This vault does not sync any more.</source>
            <translation>Esta bóveda ya no se sincroniza.</translation>
        </message>
        <message>
            <source>Sync could not finish: something in the sync folder could not be read. Nothing in this vault was lost; you can try again.</source>
            <translation>La sincronización no pudo terminar: algo de la carpeta de sincronización no se pudo leer. No se perdió nada de esta bóveda; puedes intentarlo de nuevo.</translation>
        </message>
        <message>
            <source>Sync could not read or write the sync folder. Check that it is there and that you are allowed to write to it.</source>
            <translation>La sincronización no pudo leer ni escribir la carpeta de sincronización. Comprueba que está ahí y que tienes permiso para escribir en ella.</translation>
        </message>
    </context>
    <context>
        <name>SyncReviewDialog</name>
        <message>
            <source>Changes to look at</source>
            <translation>Cambios para revisar</translation>
        </message>
        <message>
            <source>When sync could not tell which change you wanted, it kept everything and put it here. Take your time: nothing is lost while it waits.</source>
            <translation>Cuando la sincronización no pudo saber qué cambio querías, lo guardó todo y lo dejó aquí. Tómate tu tiempo: no se pierde nada mientras espera.</translation>
        </message>
        <message>
            <source>&amp;To look at</source>
            <translation>&amp;Para revisar</translation>
        </message>
        <message>
            <source>Nothing needs your attention</source>
            <translation>No hay nada que necesite tu atención</translation>
        </message>
        <message>
            <source>Everything sync kept for you to look at has been taken care of.</source>
            <translation>Ya está resuelto todo lo que la sincronización guardó para que lo revisaras.</translation>
        </message>
        <message>
            <source>Close the changes to look at</source>
            <translation>Cerrar los cambios para revisar</translation>
        </message>
        <message numerus="yes">
            <source>%n to look at</source>
            <translation>
                <numerusform>%n para revisar</numerusform>
                <numerusform>%n para revisar</numerusform>
            </translation>
        </message>
        <message>
            <source>That one was already taken care of.</source>
            <translation>Eso ya estaba resuelto.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Noted {when}</source>
            <translation>Anotado el {when}</translation>
        </message>
        <message>
            <source>kept after a deletion</source>
            <translation>se conservó tras un borrado</translation>
        </message>
        <message>
            <source>two versions</source>
            <translation>dos versiones</translation>
        </message>
        <message>
            <source>{kind} · {reason} · {when}</source>
            <translation>{kind} · {reason} · {when}</translation>
        </message>
        <message>
            <source>{title}: {kind}, {reason}, noted {when}</source>
            <translation>{title}: {kind}, {reason}, anotado el {when}</translation>
        </message>
        <message>
            <source>Journal entry</source>
            <translation>Entrada del diario</translation>
        </message>
        <message>
            <source>Self-care list item</source>
            <translation>Elemento de las listas de autocuidado</translation>
        </message>
        <message>
            <source>Self-care plan section</source>
            <translation>Sección del plan de autocuidado</translation>
        </message>
        <message>
            <source>Directory entry</source>
            <translation>Entrada del directorio</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Repaso</translation>
        </message>
        <message>
            <source>Debrief template</source>
            <translation>Plantilla de repaso</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Dialogue note</source>
            <translation>Nota de diálogo</translation>
        </message>
        <message>
            <source>Note context</source>
            <translation>Contexto de notas</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contacto de emergencia</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Ajuste</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusCard</name>
        <message>
            <source>Sync folder</source>
            <translation>Carpeta de sincronización</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>Este dispositivo</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Última sincronización</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Pendiente de enviar</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Por revisar</translation>
        </message>
        <message numerus="yes">
            <source>%n items: copies kept from a conflict, or records brought back. Review them with “Review…” below.</source>
            <translation>
                <numerusform>%n elemento: copias guardadas de un conflicto o registros recuperados. Revísalos con «Revisar…» más abajo.</numerusform>
                <numerusform>%n elementos: copias guardadas de un conflicto o registros recuperados. Revísalos con «Revisar…» más abajo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n cambio</numerusform>
                <numerusform>%n cambios</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>Nada</translation>
        </message>
    </context>
    <context>
        <name>TagsInput</name>
        <message>
            <source>Tags of this note</source>
            <translation>Etiquetas de esta nota</translation>
        </message>
        <message>
            <source>Add a tag, then Enter</source>
            <translation>Añade una etiqueta y pulsa Intro</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>Añadir una etiqueta</translation>
        </message>
        <message>
            <source>Clear the tag</source>
            <translation>Borrar la etiqueta</translation>
        </message>
        <message>
            <source>Remove the tag “{tag}”</source>
            <translation>Quitar la etiqueta «{tag}»</translation>
        </message>
    </context>
    <context>
        <name>TakeawaysInput</name>
        <message>
            <source>Add a &amp;takeaway</source>
            <translation>Añadir una &amp;idea</translation>
        </message>
        <message>
            <source>Add another key takeaway</source>
            <translation>Añadir otra idea esencial</translation>
        </message>
        <message>
            <source>Something to remember</source>
            <translation>Algo para recordar</translation>
        </message>
        <message>
            <source>Takeaway {number}</source>
            <translation>Idea {number}</translation>
        </message>
        <message>
            <source>Move takeaway {number} up</source>
            <translation>Subir la idea {number}</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>Subir (Ctrl+Arriba)</translation>
        </message>
        <message>
            <source>Move takeaway {number} down</source>
            <translation>Bajar la idea {number}</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>Bajar (Ctrl+Abajo)</translation>
        </message>
        <message>
            <source>Remove takeaway {number}</source>
            <translation>Quitar la idea {number}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
    <context>
        <name>TeamCard</name>
        <message>
            <source>Sync team</source>
            <translation>Sincronizar equipo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Apply anyway</source>
            <translation>Aplicar de todos modos</translation>
        </message>
        <message>
            <source>Members…</source>
            <translation>Miembros…</translation>
        </message>
        <message numerus="yes">
            <source>%n members</source>
            <translation>
                <numerusform>%n miembro</numerusform>
                <numerusform>%n miembros</numerusform>
            </translation>
        </message>
        <message>
            <source>You created it</source>
            <translation>Lo creaste tú</translation>
        </message>
        <message>
            <source>You are a member</source>
            <translation>Eres miembro</translation>
        </message>
        <message>
            <source>Last synced {when}</source>
            <translation>Última sincronización: {when}</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Aún sin sincronizar</translation>
        </message>
        <message>
            <source>Sync the team {team}</source>
            <translation>Sincronizar el equipo {team}</translation>
        </message>
        <message>
            <source>Members of the team {team}</source>
            <translation>Miembros del equipo {team}</translation>
        </message>
        <message>
            <source>Cancel the team sync</source>
            <translation>Cancelar la sincronización del equipo</translation>
        </message>
        <message>
            <source>Apply the team sync anyway, with its removals</source>
            <translation>Aplicar de todos modos la sincronización del equipo, con lo que elimina</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
    </context>
    <context>
        <name>TeamEntryActions</name>
        <message>
            <source>Shared. Your search or filters hide the team's copy.</source>
            <translation>Compartida. Tu búsqueda o tus filtros ocultan la copia del equipo.</translation>
        </message>
        <message>
            <source>Shared a copy with the team “{team}”; it reaches everyone at the team's next sync. Your own entry stays as it is.</source>
            <translation>Compartiste una copia con el equipo «{team}»; llega a todo el equipo en su próxima sincronización. Tu entrada queda como está.</translation>
        </message>
        <message>
            <source>Copy kept. Your search or filters hide it.</source>
            <translation>Copia guardada. Tu búsqueda o tus filtros la ocultan.</translation>
        </message>
        <message>
            <source>Your own copy is in your directory, chosen now (it has no team tag). The team's entry stays as it is.</source>
            <translation>Tu propia copia está en tu directorio, ya seleccionada (no lleva la etiqueta de equipo). La entrada del equipo queda como está.</translation>
        </message>
        <message>
            <source>You are no longer in that team, so nothing was shared.</source>
            <translation>Ya no formas parte de ese equipo, así que no se compartió nada.</translation>
        </message>
    </context>
    <context>
        <name>TeamMembersDialog</name>
        <message>
            <source>Remove {name}?</source>
            <translation>¿Quitar a {name}?</translation>
        </message>
        <message>
            <source>{name} will not receive anything written in the team from now on. What she already has stays with her: a removed member keeps what she already saw.</source>
            <translation>{name} no recibirá nada de lo que se escriba en el equipo a partir de ahora. Lo que ya tiene se queda con esa persona: quien sale del equipo conserva lo que ya vio.</translation>
        </message>
        <message>
            <source>Leave {team}?</source>
            <translation>¿Salir de {team}?</translation>
        </message>
        <message>
            <source>The team's entries, and your notes on them, leave your directory on this computer. Copies you kept as your own stay. Nothing is written to the team's folder or server: the team keeps what you shared, and only the person who created it can take you off its members.</source>
            <translation>Las entradas del equipo, y tus notas sobre ellas, salen de tu directorio en esta computadora. Las copias que guardaste como tuyas se quedan. No se escribe nada en la carpeta ni en el servidor del equipo: el equipo conserva lo que compartiste, y solo la persona que lo creó puede quitarte de sus miembros.</translation>
        </message>
        <message>
            <source>Any of them among your people for an emergency stays, as a copy of your own.</source>
            <translation>Si alguna está entre tus personas para una emergencia, se queda como copia tuya.</translation>
        </message>
        <message>
            <source>You created this team: once you leave, no one can add or remove its members.</source>
            <translation>Tú creaste este equipo: cuando salgas, nadie podrá añadir ni quitar miembros.</translation>
        </message>
        <message>
            <source>Members of {team}</source>
            <translation>Miembros de {team}</translation>
        </message>
        <message>
            <source>Team space id</source>
            <translation>Identificador del espacio de equipo</translation>
        </message>
        <message>
            <source>Each person you add types this id, and your fingerprint, to join.</source>
            <translation>Cada persona que añadas escribe este identificador, y tu huella, para unirse.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>&amp;Add a member…</source>
            <translation>Añadir un &amp;miembro…</translation>
        </message>
        <message>
            <source>Add a member</source>
            <translation>Añadir un miembro</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Quitar…</translation>
        </message>
        <message>
            <source>Remove the chosen member</source>
            <translation>Quitar el miembro elegido</translation>
        </message>
        <message>
            <source>Lea&amp;ve this team…</source>
            <translation>&amp;Salir de este equipo…</translation>
        </message>
        <message>
            <source>Leave the team {team} on this computer</source>
            <translation>Salir del equipo {team} en esta computadora</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>C&amp;errar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>{name} is in the team now.</source>
            <translation>{name} ya está en el equipo.</translation>
        </message>
        <message>
            <source>{name} was removed.</source>
            <translation>Se quitó a {name} del equipo.</translation>
        </message>
        <message>
            <source>{name} (created the team, you)</source>
            <translation>{name} (creó el equipo; tú)</translation>
        </message>
        <message>
            <source>{name} (created the team)</source>
            <translation>{name} (creó el equipo)</translation>
        </message>
        <message>
            <source>{name} (you)</source>
            <translation>{name} (tú)</translation>
        </message>
    </context>
    <context>
        <name>TeamPanel</name>
        <message>
            <source>Team spaces</source>
            <translation>Espacios de equipo</translation>
        </message>
        <message>
            <source>A team space shares the directory entries you choose with the people in your team, through a folder or a server you all use. It is separate from syncing your own devices.</source>
            <translation>Un espacio de equipo comparte las entradas del directorio que eliges con las personas de tu equipo, a través de una carpeta o un servidor que usan todas. Es aparte de la sincronización de tus propios dispositivos.</translation>
        </message>
        <message>
            <source>You are not in any team space yet.</source>
            <translation>Aún no estás en ningún espacio de equipo.</translation>
        </message>
        <message>
            <source>Be&amp;gin a team space…</source>
            <translation>Crear un espacio de e&amp;quipo…</translation>
        </message>
        <message>
            <source>Create a team space</source>
            <translation>Crear un espacio de equipo</translation>
        </message>
        <message>
            <source>Jo&amp;in a team space…</source>
            <translation>Unirse a un espacio de equipo e&amp;xistente…</translation>
        </message>
        <message>
            <source>Join a team space</source>
            <translation>Unirse a un espacio de equipo</translation>
        </message>
        <message>
            <source>Your member &amp;key…</source>
            <translation>Tu clave de miembro y su &amp;huella…</translation>
        </message>
        <message>
            <source>Show your member key</source>
            <translation>Mostrar tu clave de miembro</translation>
        </message>
        <message>
            <source>Stopping after this file…</source>
            <translation>Deteniendo después de este archivo…</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n files</source>
            <translation>
                <numerusform>Se envió %n archivo</numerusform>
                <numerusform>Se enviaron %n archivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, read %n…</source>
            <translation>
                <numerusform>{sent}, se leyó %n…</numerusform>
                <numerusform>{sent}, se leyeron %n…</numerusform>
            </translation>
        </message>
        <message>
            <source>The team space “{team}” is ready. Add each person from “Members…”.</source>
            <translation>El espacio de equipo «{team}» está listo. Añade a cada persona desde «Miembros…».</translation>
        </message>
        <message>
            <source>You joined “{team}”. Press “Sync team” to receive its entries.</source>
            <translation>Te uniste a «{team}». Pulsa «Sincronizar equipo» para recibir sus entradas.</translation>
        </message>
        <message>
            <source>You left “{team}” on this computer. Its entries left your directory; copies you kept as your own stay.</source>
            <translation>Saliste de «{team}» en esta computadora. Sus entradas salieron de tu directorio; las copias que guardaste como tuyas se quedan.</translation>
        </message>
    </context>
    <context>
        <name>TeamPlaceDialog</name>
        <message>
            <source>Fill in “{field}” first.</source>
            <translation>Primero rellena «{field}».</translation>
        </message>
        <message>
            <source>Fill in the server address, the user name and the password first.</source>
            <translation>Primero rellena la dirección del servidor, el nombre de usuario y la contraseña.</translation>
        </message>
    </context>
    <context>
        <name>TeamSummary</name>
        <message numerus="yes">
            <source>Sent %n changes</source>
            <translation>
                <numerusform>Enviado %n cambio</numerusform>
                <numerusform>Enviados %n cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sent}, received %n.</source>
            <translation>
                <numerusform>{sent}; recibido %n.</numerusform>
                <numerusform>{sent}; recibidos %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped. What came in is saved; the rest comes next time.</source>
            <translation>Detenida. Lo que llegó está guardado; el resto llega la próxima vez.</translation>
        </message>
        <message>
            <source>The team's members changed.</source>
            <translation>Los miembros del equipo cambiaron.</translation>
        </message>
        <message numerus="yes">
            <source>Paused: this sync would remove %n entries that were deleted for good in the team. Apply it anyway?</source>
            <translation>
                <numerusform>En pausa: esta sincronización quitaría %n entrada que se borró definitivamente en el equipo. ¿Aplicarla de todos modos?</numerusform>
                <numerusform>En pausa: esta sincronización quitaría %n entradas que se borraron definitivamente en el equipo. ¿Aplicarla de todos modos?</numerusform>
            </translation>
        </message>
        <message>
            <source>Someone in the team uses a newer version of Wellbeing Desk: update this one to receive those changes.</source>
            <translation>Alguien del equipo usa una versión más reciente de Wellbeing Desk: actualiza esta para recibir esos cambios.</translation>
        </message>
        <message numerus="yes">
            <source>%n files in the team's place could not be used; nothing in them was applied.</source>
            <translation>
                <numerusform>%n archivo del lugar del equipo no se pudo usar; no se aplicó nada de él.</numerusform>
                <numerusform>%n archivos del lugar del equipo no se pudieron usar; no se aplicó nada de ellos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changes from %n devices wait: their clock is days ahead of this one.</source>
            <translation>
                <numerusform>Los cambios de %n dispositivo esperan: su reloj va días por delante de este.</numerusform>
                <numerusform>Los cambios de %n dispositivos esperan: su reloj va días por delante de este.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>You are no longer in this team: the person who created it removed you. What you already received stays in this vault; nothing new arrives.</source>
            <translation>Ya no estás en este equipo: la persona que lo creó te quitó. Lo que ya recibiste se queda en esta bóveda; no llega nada nuevo.</translation>
        </message>
        <message>
            <source>That folder is not there. Is the drive connected? Nothing was changed.</source>
            <translation>Esa carpeta no está. ¿Está conectada la unidad? No se cambió nada.</translation>
        </message>
        <message>
            <source>That is not a team space id: it has 32 letters and digits. Check it with the person who created the team.</source>
            <translation>Eso no es un identificador de espacio de equipo: tiene 32 letras y cifras. Compruébalo con la persona que creó el equipo.</translation>
        </message>
        <message>
            <source>A fingerprint has 20 letters and digits, in five groups of four. Check what you typed.</source>
            <translation>Una huella tiene 20 letras y cifras, en cinco grupos de cuatro. Revisa lo que escribiste.</translation>
        </message>
        <message>
            <source>That fingerprint does not match the person who created this team space: it may be another team's space. Check each group again with that person. Nothing was joined.</source>
            <translation>Esa huella no coincide con la de la persona que creó este espacio de equipo: puede ser el espacio de otro equipo. Vuelve a comprobar cada grupo con esa persona. No te uniste a nada.</translation>
        </message>
        <message>
            <source>You have not been added to that team yet. Send your member key to the person who created it, and join once they have added you.</source>
            <translation>Aún no te han añadido a ese equipo. Envía tu clave de miembro a la persona que lo creó y únete cuando te haya añadido.</translation>
        </message>
        <message>
            <source>There is no team space with that id there. Check the id, and that you chose the place the team uses. Nothing was changed.</source>
            <translation>Ahí no hay ningún espacio de equipo con ese identificador. Revisa el identificador y que elegiste el lugar que usa el equipo. No se cambió nada.</translation>
        </message>
        <message>
            <source>This vault has not received the team's newest key yet. Sync again a little later, or ask the person who created the team to sync.</source>
            <translation>Esta bóveda aún no recibió la clave más reciente del equipo. Vuelve a sincronizar un poco más tarde, o pide a la persona que creó el equipo que sincronice.</translation>
        </message>
        <message>
            <source>Only the person who created the team adds and removes members.</source>
            <translation>Solo la persona que creó el equipo añade y quita miembros.</translation>
        </message>
        <message>
            <source>That member key has a typo or is cut short. Check it against the key you were sent, or ask for it again.</source>
            <translation>Esa clave de miembro tiene un error o está cortada. Compárala con la clave que te enviaron, o pídela de nuevo.</translation>
        </message>
        <message>
            <source>That team space was made by a newer version of Wellbeing Desk. Update this one, then try again.</source>
            <translation>Ese espacio de equipo se creó con una versión más reciente de Wellbeing Desk. Actualiza esta y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>That place cannot be used for a team: files could not be written and read back there safely. Nothing was changed.</source>
            <translation>Ese lugar no sirve para un equipo: no se pudieron escribir y volver a leer archivos ahí de forma segura. No se cambió nada.</translation>
        </message>
        <message>
            <source>The team's server could not be used just now. Check your connection and try again a little later.</source>
            <translation>No se pudo usar el servidor del equipo en este momento. Revisa tu conexión y vuelve a intentarlo un poco más tarde.</translation>
        </message>
        <message>
            <source>Something in the team's place could not be read. Nothing in this vault was lost; you can try again.</source>
            <translation>No se pudo leer algo en el lugar del equipo. No se perdió nada en esta bóveda; puedes volver a intentarlo.</translation>
        </message>
        <message>
            <source>The team's folder could not be read or written. Check that it is there and that you are allowed to write to it.</source>
            <translation>No se pudo leer o escribir en la carpeta del equipo. Comprueba que está ahí y que puedes escribir en ella.</translation>
        </message>
    </context>
    <context>
        <name>TemplateCard</name>
        <message>
            <source>Helps when</source>
            <translation>Ayuda cuando</translation>
        </message>
        <message>
            <source>Not for when</source>
            <translation>No es para cuando</translation>
        </message>
        <message>
            <source>Include questions about the event itself</source>
            <translation>Incluir preguntas sobre lo que pasó</translation>
        </message>
        <message>
            <source>Include questions about the event itself in “{title}”</source>
            <translation>Incluir preguntas sobre lo que pasó en «{title}»</translation>
        </message>
        <message>
            <source>You can skip each of them anyway.</source>
            <translation>Aun así, puedes saltarte cada una.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Start “{title}”</source>
            <translation>Empezar «{title}»</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>New template</source>
            <translation>Plantilla nueva</translation>
        </message>
        <message>
            <source>Edit template</source>
            <translation>Editar plantilla</translation>
        </message>
        <message>
            <source>Edit “{title}”</source>
            <translation>Editar «{title}»</translation>
        </message>
        <message>
            <source>Parts of the template</source>
            <translation>Partes de la plantilla</translation>
        </message>
        <message>
            <source>&amp;About this template</source>
            <translation>&amp;Sobre esta plantilla</translation>
        </message>
        <message>
            <source>S&amp;teps</source>
            <translation>&amp;Pasos</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>&amp;Guardar plantilla</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>Guardar la plantilla</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>Close without saving the changes</source>
            <translation>Cerrar sin guardar los cambios</translation>
        </message>
        <message>
            <source>You are writing the {language} text. What this template says in other languages is kept as it is.</source>
            <translation>Estás escribiendo el texto en {language}. Lo que la plantilla dice en otros idiomas se queda como está.</translation>
        </message>
        <message>
            <source>You are writing the {language} text.</source>
            <translation>Estás escribiendo el texto en {language}.</translation>
        </message>
        <message>
            <source>Title of the template</source>
            <translation>Título de la plantilla</translation>
        </message>
        <message>
            <source>What the template is for</source>
            <translation>Para qué sirve la plantilla</translation>
        </message>
        <message>
            <source>When the template may help</source>
            <translation>Cuándo puede ayudar la plantilla</translation>
        </message>
        <message>
            <source>When not to use the template, and what to do instead</source>
            <translation>Cuándo no usar la plantilla, y qué hacer en su lugar</translation>
        </message>
        <message>
            <source>Ask the questions about the event itself by default</source>
            <translation>Hacer de forma predeterminada las preguntas sobre el suceso en sí</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Propósito</translation>
        </message>
        <message>
            <source>When it &amp;helps</source>
            <translation>Cuándo a&amp;yuda</translation>
        </message>
        <message>
            <source>When &amp;not to use it</source>
            <translation>Cuándo &amp;no usarla</translation>
        </message>
        <message>
            <source>Steps, in the order they are asked</source>
            <translation>Pasos, en el orden en que se preguntan</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>&amp;Añadir paso</translation>
        </message>
        <message>
            <source>Add a step after the chosen one</source>
            <translation>Añadir un paso después del elegido</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove the chosen step</source>
            <translation>Quitar el paso elegido</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move the chosen step up</source>
            <translation>Subir el paso elegido</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Move the chosen step down</source>
            <translation>Bajar el paso elegido</translation>
        </message>
        <message>
            <source>Kind of step</source>
            <translation>Tipo de paso</translation>
        </message>
        <message>
            <source>Question of the step</source>
            <translation>Pregunta del paso</translation>
        </message>
        <message>
            <source>Help text under the question</source>
            <translation>Texto de ayuda bajo la pregunta</translation>
        </message>
        <message>
            <source>About the event itself</source>
            <translation>Trata del suceso en sí</translation>
        </message>
        <message>
            <source>This step is about the event itself</source>
            <translation>Este paso trata del suceso en sí</translation>
        </message>
        <message>
            <source>Steps about the event itself can be left out when a debrief starts.</source>
            <translation>Los pasos sobre el suceso en sí se pueden dejar fuera al empezar un repaso.</translation>
        </message>
        <message>
            <source>Options to choose from</source>
            <translation>Opciones para elegir</translation>
        </message>
        <message>
            <source>Double-click an option, or press F2, to change it</source>
            <translation>Haz doble clic en una opción, o pulsa F2, para cambiarla</translation>
        </message>
        <message>
            <source>A new option</source>
            <translation>Una opción nueva</translation>
        </message>
        <message>
            <source>Text of a new option</source>
            <translation>Texto de una opción nueva</translation>
        </message>
        <message>
            <source>Add &amp;option</source>
            <translation>Añadir &amp;opción</translation>
        </message>
        <message>
            <source>Add the new option</source>
            <translation>Añadir la opción nueva</translation>
        </message>
        <message>
            <source>Remove o&amp;ption</source>
            <translation>Quitar op&amp;ción</translation>
        </message>
        <message>
            <source>Remove the chosen option</source>
            <translation>Quitar la opción elegida</translation>
        </message>
        <message>
            <source>Op&amp;tions</source>
            <translation>Opcio&amp;nes</translation>
        </message>
        <message>
            <source>What 0 means on the rating</source>
            <translation>Qué significa 0 en la valoración</translation>
        </message>
        <message>
            <source>What 10 means on the rating</source>
            <translation>Qué significa 10 en la valoración</translation>
        </message>
        <message>
            <source>What &amp;0 means</source>
            <translation>Qué significa &amp;0</translation>
        </message>
        <message>
            <source>What 1&amp;0 means</source>
            <translation>Qué significa 1&amp;0</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>Pre&amp;gunta</translation>
        </message>
        <message>
            <source>Help te&amp;xt</source>
            <translation>Te&amp;xto de ayuda</translation>
        </message>
        <message>
            <source>The chosen step</source>
            <translation>El paso elegido</translation>
        </message>
        <message>
            <source>(no question yet)</source>
            <translation>(todavía sin pregunta)</translation>
        </message>
        <message>
            <source>{kind} · about the event</source>
            <translation>{kind} · sobre el suceso</translation>
        </message>
        <message>
            <source>{number}. {question}
{kind}</source>
            <translation>{number}. {question}
{kind}</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>Paso {number}</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <source>Discard your changes to this template?</source>
            <translation>¿Descartar tus cambios en esta plantilla?</translation>
        </message>
    </context>
    <context>
        <name>TemplateErrors</name>
        <message>
            <source>template id</source>
            <translation>id de la plantilla</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>format version</source>
            <translation>versión del formato</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>propósito</translation>
        </message>
        <message>
            <source>when it helps</source>
            <translation>cuándo ayuda</translation>
        </message>
        <message>
            <source>when not to use it</source>
            <translation>cuándo no usarla</translation>
        </message>
        <message>
            <source>ask about the event by default</source>
            <translation>preguntar por el suceso de forma predeterminada</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>pasos</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>question</source>
            <translation>pregunta</translation>
        </message>
        <message>
            <source>help text</source>
            <translation>texto de ayuda</translation>
        </message>
        <message>
            <source>about the event</source>
            <translation>sobre el suceso</translation>
        </message>
        <message>
            <source>about another person's feelings</source>
            <translation>sobre lo que siente otra persona</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>what 0 means</source>
            <translation>qué significa 0</translation>
        </message>
        <message>
            <source>what 10 means</source>
            <translation>qué significa 10</translation>
        </message>
        <message>
            <source>label</source>
            <translation>etiqueta</translation>
        </message>
        <message>
            <source>the template</source>
            <translation>la plantilla</translation>
        </message>
        <message>
            <source>step {number}</source>
            <translation>paso {number}</translation>
        </message>
        <message>
            <source>option {number}</source>
            <translation>opción {number}</translation>
        </message>
        <message>
            <source>{field} in {language}</source>
            <translation>{field} en {language}</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>a list in square brackets [ ]</source>
            <translation>una lista entre corchetes [ ]</translation>
        </message>
        <message>
            <source>text in quotes</source>
            <translation>un texto entre comillas</translation>
        </message>
        <message>
            <source>a group of fields in braces { }</source>
            <translation>un grupo de campos entre llaves { }</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true o false</translation>
        </message>
        <message>
            <source>text in quotes, or one text per language in braces { }</source>
            <translation>un texto entre comillas, o un texto por idioma entre llaves { }</translation>
        </message>
        <message>
            <source>This is not a template file: it is not valid JSON (the first problem is on line {line}, column {column}).</source>
            <translation>Esto no es un archivo de plantilla: no es JSON válido (el primer problema está en la línea {line}, columna {column}).</translation>
        </message>
        <message>
            <source>This file is larger than {limit} KB, too large to be a template.</source>
            <translation>Este archivo ocupa más de {limit} KB, demasiado para ser una plantilla.</translation>
        </message>
        <message>
            <source>This template uses format version {value}, and this app reads version 1. It may come from a newer version of Wellbeing Desk.</source>
            <translation>Esta plantilla usa la versión {value} del formato y esta aplicación lee la versión 1. Puede venir de una versión más reciente de Wellbeing Desk.</translation>
        </message>
        <message>
            <source>{where}: this must be {expected}.</source>
            <translation>{where}: aquí debe ir {expected}.</translation>
        </message>
        <message>
            <source>{where}: this is missing.</source>
            <translation>{where}: falta.</translation>
        </message>
        <message>
            <source>{where}: templates have no field with this name. Check the spelling.</source>
            <translation>{where}: las plantillas no tienen ningún campo con este nombre. Revisa cómo está escrito.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a kind of step. The kinds are: {kinds}.</source>
            <translation>{where}: «{value}» no es un tipo de paso. Los tipos son: {kinds}.</translation>
        </message>
        <message>
            <source>{where}: this is empty.</source>
            <translation>{where}: está en blanco.</translation>
        </message>
        <message>
            <source>{where}: this is longer than {characters}.</source>
            <translation>{where}: tiene más de {characters}.</translation>
        </message>
        <message>
            <source>{where}: there are more than {limit}.</source>
            <translation>{where}: hay más de {limit}.</translation>
        </message>
        <message>
            <source>{where}: at least {limit} are needed.</source>
            <translation>{where}: hacen falta al menos {limit}.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a valid id. Use lowercase letters, digits and single hyphens.</source>
            <translation>{where}: «{value}» no es un id válido. Usa letras minúsculas, dígitos y guiones sueltos.</translation>
        </message>
        <message>
            <source>{where}: the id “{value}” is used twice.</source>
            <translation>{where}: el id «{value}» se usa dos veces.</translation>
        </message>
        <message>
            <source>{where}: “{value}” is not a language code.</source>
            <translation>{where}: «{value}» no es un código de idioma.</translation>
        </message>
        <message>
            <source>{where}: this does not belong in a step of this kind.</source>
            <translation>{where}: esto no corresponde a un paso de este tipo.</translation>
        </message>
        <message>
            <source>This template cannot be used: it has a problem.</source>
            <translation>No se puede usar esta plantilla: tiene un problema.</translation>
        </message>
    </context>
    <context>
        <name>TemplateManagerDialog</name>
        <message>
            <source>Debrief templates</source>
            <translation>Plantillas de repaso</translation>
        </message>
        <message>
            <source>A template is the list of steps a debrief walks you through. The built-in ones cannot be changed, but you can duplicate one and make the copy yours, write your own, or share templates as files.</source>
            <translation>Una plantilla es la lista de pasos por los que te lleva un repaso. Las que vienen incluidas no se pueden cambiar, pero puedes duplicar una y hacer tuya la copia, escribir las tuyas o compartir plantillas como archivos.</translation>
        </message>
        <message>
            <source>Templates: built in, then yours</source>
            <translation>Plantillas: las incluidas y después las tuyas</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Edit the chosen template</source>
            <translation>Editar la plantilla elegida</translation>
        </message>
        <message>
            <source>&amp;Duplicate to edit</source>
            <translation>&amp;Duplicar para editar</translation>
        </message>
        <message>
            <source>Make an editable copy of the chosen template</source>
            <translation>Hacer una copia editable de la plantilla elegida</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>Delete the chosen template</source>
            <translation>Eliminar la plantilla elegida</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the chosen template to a file</source>
            <translation>Guardar la plantilla elegida en un archivo</translation>
        </message>
        <message>
            <source>&amp;New template…</source>
            <translation>&amp;Nueva plantilla…</translation>
        </message>
        <message>
            <source>Write a new template of your own</source>
            <translation>Escribir una plantilla tuya nueva</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Import a template from a file</source>
            <translation>Importar una plantilla desde un archivo</translation>
        </message>
        <message>
            <source>Close the templates</source>
            <translation>Cerrar las plantillas</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Built in</source>
            <translation>Incluidas</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Tuyas</translation>
        </message>
        <message>
            <source>{title} (built in)</source>
            <translation>{title} (incluida)</translation>
        </message>
        <message>
            <source>None yet: duplicate one, or write a new one.</source>
            <translation>Todavía ninguna: duplica una o escribe una nueva.</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplicar</translation>
        </message>
        <message>
            <source>Choose a template to see what it is for.</source>
            <translation>Elige una plantilla para ver para qué sirve.</translation>
        </message>
        <message numerus="yes">
            <source>Yours · %n steps</source>
            <translation>
                <numerusform>Tuya · %n paso</numerusform>
                <numerusform>Tuya · %n pasos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Built in, read-only · %n steps</source>
            <translation>
                <numerusform>Incluida, solo lectura · %n paso</numerusform>
                <numerusform>Incluida, solo lectura · %n pasos</numerusform>
            </translation>
        </message>
        <message>
            <source>When it helps: {text}</source>
            <translation>Cuándo ayuda: {text}</translation>
        </message>
        <message>
            <source>When not to use it: {text}</source>
            <translation>Cuándo no usarla: {text}</translation>
        </message>
        <message>
            <source>{number}. {question}</source>
            <translation>{number}. {question}</translation>
        </message>
        <message>
            <source>The steps:</source>
            <translation>Los pasos:</translation>
        </message>
        <message>
            <source>About the chosen template</source>
            <translation>Sobre la plantilla elegida</translation>
        </message>
        <message>
            <source>(my copy)</source>
            <translation>(mi copia)</translation>
        </message>
        <message>
            <source>“{title}” is now one of yours, ready to edit.</source>
            <translation>«{title}» ya es una de las tuyas, lista para editar.</translation>
        </message>
        <message>
            <source>“{title}” was saved.</source>
            <translation>Se guardó «{title}».</translation>
        </message>
        <message>
            <source>This template was deleted in the meantime. Nothing was saved.</source>
            <translation>Mientras tanto se eliminó esta plantilla. No se guardó nada.</translation>
        </message>
        <message>
            <source>The template could not be saved: it is too long, or another of your templates has the same id. Nothing was saved.</source>
            <translation>No se pudo guardar la plantilla: es demasiado larga, u otra de tus plantillas tiene el mismo id. No se guardó nada.</translation>
        </message>
        <message>
            <source>Delete this template?</source>
            <translation>¿Eliminar esta plantilla?</translation>
        </message>
        <message>
            <source>Delete the template “{title}”? Debriefs you already started with it keep their own copy of its steps.</source>
            <translation>¿Eliminar la plantilla «{title}»? Los repasos que ya empezaste con ella conservan su propia copia de los pasos.</translation>
        </message>
        <message>
            <source>“{title}” was deleted.</source>
            <translation>Se eliminó «{title}».</translation>
        </message>
        <message>
            <source>Export the template “{title}”</source>
            <translation>Exportar la plantilla «{title}»</translation>
        </message>
        <message>
            <source>Debrief templates (*.json)</source>
            <translation>Plantillas de repaso (*.json)</translation>
        </message>
        <message>
            <source>“{title}” was saved to {file}.</source>
            <translation>«{title}» se guardó en {file}.</translation>
        </message>
        <message>
            <source>The template was not exported</source>
            <translation>No se exportó la plantilla</translation>
        </message>
        <message>
            <source>Choose a template file to import</source>
            <translation>Elige un archivo de plantilla para importar</translation>
        </message>
        <message>
            <source>Debrief templates (*.json);;All files (*)</source>
            <translation>Plantillas de repaso (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>(imported)</source>
            <translation>(importada)</translation>
        </message>
        <message>
            <source>“{title}” was imported.</source>
            <translation>Se importó «{title}».</translation>
        </message>
        <message>
            <source>A template with the id “{id}” was already here, so this one was imported as a copy: “{title}”.</source>
            <translation>Ya había una plantilla con el id «{id}», así que esta se importó como copia: «{title}».</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>“{file}” cannot be used as a template, so nothing was imported.

{problem}</source>
            <translation>«{file}» no se puede usar como plantilla, así que no se importó nada.

{problem}</translation>
        </message>
        <message>
            <source>“{file}” is a folder. Choose a file instead.</source>
            <translation>«{file}» es una carpeta. Elige un archivo.</translation>
        </message>
        <message>
            <source>You are not allowed to write “{file}” there. Choose another folder.</source>
            <translation>No tienes permiso para escribir «{file}» ahí. Elige otra carpeta.</translation>
        </message>
        <message>
            <source>You are not allowed to read “{file}”. Nothing was imported.</source>
            <translation>No tienes permiso para leer «{file}». No se importó nada.</translation>
        </message>
        <message>
            <source>“{file}” is not an ordinary file. Choose a template file (.json). Nothing was imported.</source>
            <translation>«{file}» no es un archivo normal. Elige un archivo de plantilla (.json). No se importó nada.</translation>
        </message>
        <message>
            <source>“{file}” could not be found. It may have been moved or deleted. Nothing was imported.</source>
            <translation>No se encontró «{file}». Puede que se haya movido o eliminado. No se importó nada.</translation>
        </message>
        <message>
            <source>“{file}” could not be written. Check that the folder exists and that there is space on the disk.</source>
            <translation>No se pudo escribir «{file}». Comprueba que la carpeta existe y que hay espacio en el disco.</translation>
        </message>
        <message>
            <source>“{file}” could not be read. Nothing was imported.</source>
            <translation>No se pudo leer «{file}». No se importó nada.</translation>
        </message>
        <message>
            <source>“{file}” could not be stored: the template is too long. Nothing was imported.</source>
            <translation>No se pudo guardar «{file}»: la plantilla es demasiado larga. No se importó nada.</translation>
        </message>
    </context>
    <context>
        <name>TemplateNames</name>
        <message>
            <source>Free text</source>
            <translation>Texto libre</translation>
        </message>
        <message>
            <source>Rating from 0 to 10</source>
            <translation>Valoración del 0 al 10</translation>
        </message>
        <message>
            <source>Checklist (tick any)</source>
            <translation>Lista (marca las que quieras)</translation>
        </message>
        <message>
            <source>Single choice (pick one)</source>
            <translation>Elección única (elige una)</translation>
        </message>
        <message>
            <source>People to reach</source>
            <translation>Personas a quienes acudir</translation>
        </message>
        <message>
            <source>Follow-up actions with dates</source>
            <translation>Acciones de seguimiento con fechas</translation>
        </message>
        <message>
            <source>English</source>
            <translation>inglés</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>español</translation>
        </message>
        <message>
            <source>French</source>
            <translation>francés</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>portugués</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>árabe</translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <source>Your answer</source>
            <translation>Tu respuesta</translation>
        </message>
        <message>
            <source>Write as much or as little as you like, or skip this question.</source>
            <translation>Escribe tanto o tan poco como quieras, o sáltate esta pregunta.</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Write more</source>
            <translation>Escribir más</translation>
        </message>
        <message>
            <source>A full entry has room for sleep, energy, warning signs and your own words.</source>
            <translation>Una entrada completa tiene espacio para el sueño, la energía, las señales de alerta y tus propias palabras.</translation>
        </message>
        <message>
            <source>&amp;Write a full entry</source>
            <translation>E&amp;scribir una entrada completa</translation>
        </message>
        <message>
            <source>Write a full entry</source>
            <translation>Escribir una entrada completa</translation>
        </message>
        <message>
            <source>&amp;Reach someone now</source>
            <translation>&amp;Contactar a alguien ya</translation>
        </message>
        <message>
            <source>Reach someone now</source>
            <translation>Contactar a alguien ya</translation>
        </message>
        <message>
            <source>Your people for an emergency, then support, with their numbers ({keys})</source>
            <translation>Tus personas para una emergencia y, después, apoyo, con sus números ({keys})</translation>
        </message>
        <message>
            <source>Write a full entry (Ctrl+N)</source>
            <translation>Escribir una entrada completa (Ctrl+N)</translation>
        </message>
        <message>
            <source>Who would you reach in a hard moment? Add two or three people now, so their numbers are here even with no internet.</source>
            <translation>¿A quién acudirías en un momento difícil? Añade ahora dos o tres personas, para tener sus números aquí incluso sin internet.</translation>
        </message>
        <message>
            <source>&amp;Add my people</source>
            <translation>&amp;Añadir a mis personas</translation>
        </message>
        <message>
            <source>Add the people you would reach in an emergency</source>
            <translation>Añadir a las personas a las que acudirías en una emergencia</translation>
        </message>
        <message>
            <source>Do not remind me again</source>
            <translation>No volver a recordármelo</translation>
        </message>
        <message>
            <source>&amp;Continue your unsaved entry</source>
            <translation>Con&amp;tinuar tu entrada sin guardar</translation>
        </message>
        <message>
            <source>Continue your unsaved entry</source>
            <translation>Continuar tu entrada sin guardar</translation>
        </message>
    </context>
    <context>
        <name>TrashRow</name>
        <message>
            <source>Started and moved to the trash {date}</source>
            <translation>Empezado y movido a la papelera el {date}</translation>
        </message>
        <message>
            <source>Started {started} · moved to the trash {trashed}</source>
            <translation>Empezado el {started} · movido a la papelera el {trashed}</translation>
        </message>
        <message>
            <source>Started {started}, moved to the trash {trashed}</source>
            <translation>Empezado el {started}, movido a la papelera el {trashed}</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore “{title}” from {date}</source>
            <translation>Restaurar «{title}» del {date}</translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
        <message>
            <source>Debriefs you moved to the trash. Restore one to bring it back to your debriefs. Emptying the trash removes them for good.</source>
            <translation>Repasos que moviste a la papelera. Restaura uno para que vuelva a tus repasos. Al vaciar la papelera se eliminan definitivamente.</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>La papelera está vacía.</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>Vaciar la &amp;papelera…</translation>
        </message>
        <message>
            <source>Empty the trash: remove these debriefs for good</source>
            <translation>Vaciar la papelera: eliminar estos repasos definitivamente</translation>
        </message>
        <message>
            <source>&amp;Back to your debriefs</source>
            <translation>&amp;Volver a tus repasos</translation>
        </message>
        <message>
            <source>Back to your debriefs</source>
            <translation>Volver a tus repasos</translation>
        </message>
        <message>
            <source>Back to your debriefs (Esc)</source>
            <translation>Volver a tus repasos (Esc)</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Each day</source>
            <translation>Cada día</translation>
        </message>
        <message>
            <source>7-day average</source>
            <translation>Media de 7 días</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Welcome back</source>
            <translation>Hola de nuevo</translation>
        </message>
        <message>
            <source>Wellbeing Desk is locked. Enter your passphrase to open your vault.</source>
            <translation>Wellbeing Desk está bloqueado. Escribe tu frase de contraseña para abrir tu bóveda.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Unlocking… this takes a moment.</source>
            <translation>Desbloqueando… tarda un momento.</translation>
        </message>
        <message>
            <source>&amp;Need help now?</source>
            <translation>¿&amp;Necesitas ayuda ahora?</translation>
        </message>
        <message>
            <source>Need help now? Public lines and grounding</source>
            <translation>¿Necesitas ayuda ahora? Líneas públicas y anclaje</translation>
        </message>
        <message>
            <source>Public lines that answer at any hour, and breathing and grounding (Ctrl+G)</source>
            <translation>Líneas públicas que atienden a cualquier hora, y respiración y anclaje (Ctrl+G)</translation>
        </message>
    </context>
    <context>
        <name>VaultBanner</name>
        <message>
            <source>Check the vault</source>
            <translation>Comprobar la bóveda</translation>
        </message>
        <message>
            <source>Check the vault for damage</source>
            <translation>Comprobar si la bóveda tiene daños</translation>
        </message>
        <message>
            <source>Reads every part of the vault and reports damage; changes nothing</source>
            <translation>Lee cada parte de la bóveda e informa de los daños; no cambia nada</translation>
        </message>
        <message>
            <source>Read-only here</source>
            <translation>Solo lectura aquí</translation>
        </message>
        <message>
            <source>This vault is read-only here: it is on a write-protected drive or in a folder you cannot change. You can read, search and export everything, but changes can't be saved. Nothing is wrong with the vault. To make changes, copy the vault folder to a place you can write and open it there.</source>
            <translation>Esta bóveda es de solo lectura aquí: está en una unidad protegida contra escritura o en una carpeta que no puedes cambiar. Puedes leer, buscar y exportar todo, pero los cambios no se pueden guardar. La bóveda está bien. Para hacer cambios, copia la carpeta de la bóveda a un lugar donde puedas escribir y ábrela allí.</translation>
        </message>
        <message>
            <source>Damage found: open read-only</source>
            <translation>Se encontraron daños: abierta en solo lectura</translation>
        </message>
        <message>
            <source>Wellbeing Desk found damage in this vault, so it is open read-only: changes can't be saved until a check passes. You can still read and export what is readable. Check it here, or with “wellbeing-desk-cli check”. If the check finds damage, restore your most recent backup copy of the vault folder.</source>
            <translation>Wellbeing Desk encontró daños en esta bóveda, así que está abierta en solo lectura: los cambios no se pueden guardar hasta que una comprobación salga bien. Todavía puedes leer y exportar lo que se pueda leer. Compruébala aquí o con «wellbeing-desk-cli check». Si la comprobación encuentra daños, restaura tu copia de seguridad más reciente de la carpeta de la bóveda.</translation>
        </message>
        <message>
            <source>The check found no damage. Lock and unlock Wellbeing Desk to save changes again.</source>
            <translation>La comprobación no encontró daños. Bloquea y desbloquea Wellbeing Desk para volver a guardar cambios.</translation>
        </message>
        <message>
            <source>The check found damage. Restore your most recent backup copy of the vault folder; until then nothing is saved to this one.</source>
            <translation>La comprobación encontró daños. Restaura tu copia de seguridad más reciente de la carpeta de la bóveda; hasta entonces no se guarda nada en esta.</translation>
        </message>
    </context>
    <context>
        <name>VaultKeys</name>
        <message>
            <source>&amp;Forgot passphrase?</source>
            <translation>¿&amp;Olvidaste la frase?</translation>
        </message>
        <message>
            <source>Forgot your passphrase? Use a recovery code</source>
            <translation>¿Olvidaste tu frase de contraseña? Usa un código de recuperación</translation>
        </message>
        <message>
            <source>Your vault</source>
            <translation>Tu bóveda</translation>
        </message>
        <message>
            <source>Your passphrase was changed. Use the new one from now on.</source>
            <translation>Tu frase de contraseña se cambió. Desde ahora usa la nueva.</translation>
        </message>
        <message>
            <source>That is not your current passphrase. Nothing was changed.</source>
            <translation>Esa no es tu frase de contraseña actual. No se cambió nada.</translation>
        </message>
        <message>
            <source>A new recovery code replaces the one you have: the old code stops working. Anyone with the new code can open your vault. Confirm with your passphrase.</source>
            <translation>Un código de recuperación nuevo reemplaza al que tienes: el anterior deja de funcionar. Cualquier persona con el código nuevo puede abrir tu bóveda. Confirma con tu frase de contraseña.</translation>
        </message>
        <message>
            <source>A recovery code lets you set a new passphrase if you forget yours. Anyone with the code can open your vault. Confirm with your passphrase.</source>
            <translation>Un código de recuperación te permite poner una frase de contraseña nueva si olvidas la tuya. Cualquier persona con el código puede abrir tu bóveda. Confirma con tu frase de contraseña.</translation>
        </message>
        <message>
            <source>Removing the recovery code means only your passphrase opens this vault. The code you wrote down stops working. Confirm with your passphrase.</source>
            <translation>Si quitas el código de recuperación, solo tu frase de contraseña abrirá esta bóveda. El código que escribiste dejará de funcionar. Confirma con tu frase de contraseña.</translation>
        </message>
        <message>
            <source>The recovery code was removed. It no longer opens this vault.</source>
            <translation>Se quitó el código de recuperación. Ya no abre esta bóveda.</translation>
        </message>
        <message>
            <source>The vault was destroyed</source>
            <translation>La bóveda se destruyó</translation>
        </message>
        <message>
            <source>The vault was not destroyed</source>
            <translation>La bóveda no se destruyó</translation>
        </message>
        <message>
            <source>Your new passphrase is set. Unlock with it now, while it is fresh.</source>
            <translation>Tu nueva frase de contraseña está puesta. Desbloquea con ella ahora, mientras la tienes fresca.</translation>
        </message>
        <message>
            <source>Working… this takes a moment.</source>
            <translation>Trabajando… esto tarda un momento.</translation>
        </message>
        <message>
            <source>That is not your passphrase. Nothing was changed.</source>
            <translation>Esa no es tu frase de contraseña. No se cambió nada.</translation>
        </message>
        <message>
            <source>This vault has no recovery code, so a code cannot open it. Nothing was changed.</source>
            <translation>Esta bóveda no tiene código de recuperación, así que ningún código puede abrirla. No se cambió nada.</translation>
        </message>
        <message>
            <source>This code does not open this vault. Compare it with the code you wrote down. Nothing was changed.</source>
            <translation>Este código no abre esta bóveda. Compáralo con el código que escribiste. No se cambió nada.</translation>
        </message>
        <message>
            <source>This code has a typo. Compare it with the code you wrote down.</source>
            <translation>Este código tiene un error de escritura. Compáralo con el código que escribiste.</translation>
        </message>
    </context>
    <context>
        <name>VaultKeysSection</name>
        <message>
            <source>&amp;Change passphrase…</source>
            <translation>&amp;Cambiar la frase de contraseña…</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>A recovery code lets you set a new passphrase if you forget yours. Anyone who has it can open your vault.</source>
            <translation>Un código de recuperación te permite poner una frase de contraseña nueva si olvidas la tuya. Cualquier persona que lo tenga puede abrir tu bóveda.</translation>
        </message>
        <message>
            <source>&amp;Remove the recovery code…</source>
            <translation>&amp;Quitar el código de recuperación…</translation>
        </message>
        <message>
            <source>Remove the recovery code</source>
            <translation>Quitar el código de recuperación</translation>
        </message>
        <message>
            <source>Destroying the vault makes everything in it unreadable, for good. Backups and copies elsewhere are not reached.</source>
            <translation>Destruir la bóveda hace que todo lo que contiene sea ilegible, para siempre. No alcanza a las copias de seguridad ni a las copias en otros lugares.</translation>
        </message>
        <message>
            <source>&amp;Destroy this vault…</source>
            <translation>&amp;Destruir esta bóveda…</translation>
        </message>
        <message>
            <source>Destroy this vault</source>
            <translation>Destruir esta bóveda</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>Destroy</source>
            <translation>Destruir</translation>
        </message>
        <message>
            <source>This vault has a recovery code.</source>
            <translation>Esta bóveda tiene un código de recuperación.</translation>
        </message>
        <message>
            <source>This vault has no recovery code.</source>
            <translation>Esta bóveda no tiene código de recuperación.</translation>
        </message>
        <message>
            <source>Re&amp;place the recovery code…</source>
            <translation>&amp;Reemplazar el código de recuperación…</translation>
        </message>
        <message>
            <source>Replace the recovery code</source>
            <translation>Reemplazar el código de recuperación</translation>
        </message>
        <message>
            <source>&amp;Add a recovery code…</source>
            <translation>&amp;Añadir un código de recuperación…</translation>
        </message>
        <message>
            <source>Add a recovery code</source>
            <translation>Añadir un código de recuperación</translation>
        </message>
    </context>
    <context>
        <name>VersionsPane</name>
        <message>
            <source>This was changed on two of your devices before they synced, so both versions were kept. Nothing is lost. Which one do you want to keep?</source>
            <translation>Esto se cambió en dos de tus dispositivos antes de que se sincronizaran, así que se guardaron las dos versiones. No se perdió nada. ¿Con cuál quieres quedarte?</translation>
        </message>
        <message>
            <source>Nothing written here.</source>
            <translation>Aquí no hay nada escrito.</translation>
        </message>
        <message>
            <source>The version in place now</source>
            <translation>La versión que está ahora</translation>
        </message>
        <message>
            <source>The other version, kept as a copy</source>
            <translation>La otra versión, guardada como copia</translation>
        </message>
        <message>
            <source>&amp;Keep this one</source>
            <translation>Quedarme con &amp;esta</translation>
        </message>
        <message>
            <source>Keep the version in place now; the other version goes to the trash</source>
            <translation>Quedarme con la versión que está ahora; la otra versión va a la papelera</translation>
        </message>
        <message>
            <source>Keep the &amp;other one</source>
            <translation>Quedarme con la &amp;otra</translation>
        </message>
        <message>
            <source>Keep the other version: its text replaces the version in place now</source>
            <translation>Quedarme con la otra versión: su texto sustituye a la versión que está ahora</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Quedarme con las &amp;dos</translation>
        </message>
        <message>
            <source>Keep both versions: the other one stays on its own, beside this one</source>
            <translation>Quedarme con las dos versiones: la otra se guarda aparte, junto a esta</translation>
        </message>
        <message>
            <source>The version in place &amp;now</source>
            <translation>La versión que está &amp;ahora</translation>
        </message>
        <message>
            <source>The other &amp;version, kept as a copy</source>
            <translation>La otra &amp;versión, guardada como copia</translation>
        </message>
        <message>
            <source>Either way nothing is lost: “Keep this one” moves the other version to the trash, and “Keep the other one” puts its text in place of this one and moves this one's text to the trash. You can restore from the trash.</source>
            <translation>En ambos casos no se pierde nada: «Quedarme con esta» mueve la otra versión a la papelera, y «Quedarme con la otra» pone su texto en lugar de este y mueve el texto de esta a la papelera. Puedes recuperarlos desde la papelera.</translation>
        </message>
    </context>
    <context>
        <name>WarningSignTable</name>
        <message>
            <source>Warning sign</source>
            <translation>Señal de alerta</translation>
        </message>
        <message>
            <source>Days you noted it</source>
            <translation>Días en que la anotaste</translation>
        </message>
    </context>
    <context>
        <name>WeekTable</name>
        <message>
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Estrés</translation>
        </message>
        <message>
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <source>Did most often</source>
            <translation>Lo que más hice</translation>
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
            <translation>Una actividad que quitaste</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>Semana del {date}</translation>
        </message>
    </context>
    <context>
        <name>WindowTitles</name>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>Notes — Locked</source>
            <translation>Notas — Bloqueado</translation>
        </message>
        <message>
            <source>Wellbeing Desk — Locked</source>
            <translation>Wellbeing Desk — Bloqueado</translation>
        </message>
        <message>
            <source>Notes — read-only</source>
            <translation>Notas — solo lectura</translation>
        </message>
        <message>
            <source>Wellbeing Desk — read-only</source>
            <translation>Wellbeing Desk — solo lectura</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>Wellbeing Desk help</source>
            <translation>Ayuda de Wellbeing Desk</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Wellbeing Desk</source>
            <translation>Wellbeing Desk</translation>
        </message>
        <message>
            <source>Help and keyboard shortcuts</source>
            <translation>Ayuda y atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>B&amp;loquear</translation>
        </message>
        <message>
            <source>Lock Wellbeing Desk</source>
            <translation>Bloquear Wellbeing Desk</translation>
        </message>
        <message>
            <source>Close the vault now</source>
            <translation>Cerrar la bóveda ahora</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Repaso</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Directorio</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>A quick daily check-in arrives in a coming version. Take a breath; there is nothing you need to do here yet.</source>
            <translation>Un breve registro diario llegará en una próxima versión. Respira; por ahora no hay nada que tengas que hacer aquí.</translation>
        </message>
        <message>
            <source>The journal arrives in a coming version.</source>
            <translation>El diario llegará en una próxima versión.</translation>
        </message>
        <message>
            <source>The guided debrief arrives in a coming version. Every step will be optional.</source>
            <translation>El repaso guiado llegará en una próxima versión. Cada paso será opcional.</translation>
        </message>
        <message>
            <source>The directory of support contacts arrives in a coming version.</source>
            <translation>El directorio de contactos de apoyo llegará en una próxima versión.</translation>
        </message>
    </context>
    <context>
        <name>_Counted</name>
        <message numerus="yes">
            <source>%n characters</source>
            <translation>
                <numerusform>%n carácter</numerusform>
                <numerusform>%n caracteres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Table</name>
        <message>
            <source>Select the whole table</source>
            <translation>Seleccionar toda la tabla</translation>
        </message>
    </context>
</TS>